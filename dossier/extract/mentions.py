"""Find the names in one article. In Polish articles the learned tagger (extract/tagger)
proposes the names with a kind and a confidence; the rules here (capitalised runs, cut and
cleaned by Polish morphology) find the roles, cues and acronyms around them, cut glued names,
and add the names the tagger passed over when a cue or the article confirms them. Elsewhere
(and with USE_TAGGER off) the rules alone find the names.

A pure function of one article (cacheable, parallel). Names are not yet lemmatised across the
dossier here: that needs every article (see dossier/link/), so each mention carries what the
linker needs: its tokens, whether it opens a sentence, and the cues around it."""

from __future__ import annotations

from ..model import Article
from .raw import Extraction, RawMention
from .rules import Lexicon, make_mention, rule_parts
from .tagged import tagged_mentions
from .tagger import shipped as shipped_tagger
from .tokens import tokenize
from .words import demonym_country, is_common_word, nationality_country, nationality_word

# Imported from here by the link stage and the benchmarks.
__all__ = [
    "PROSE_KINDS",
    "USE_TAGGER",
    "Extraction",
    "RawMention",
    "demonym_country",
    "extract_mentions",
    "is_common_word",
    "nationality_country",
    "nationality_word",
]

PROSE_KINDS = ("paragraph", "heading", "post")
# The names are the learned tagger's (extract/tagger: spans, kinds, confidences); the rules
# find the cues, roles and acronyms around them. False: the rules alone find the names.
USE_TAGGER = True
TAGGER_LANGUAGES = ("pl",)  # the shipped model knows Polish only (PolEval 2018)


def extract_mentions(article: Article, tagger=None, rules_only: bool = False) -> Extraction:
    """The names of one article. ``tagger``: a tagger.NameTagger to find them with (the
    benchmarks' models trained without the article); by default the shipped one for an
    article in a language it was trained for, none when USE_TAGGER is off or ``rules_only``
    (the benchmarks' figures of the rules alone)."""
    lex = Lexicon.load(article.language)
    blocks = [b for b in article.blocks if b.kind in PROSE_KINDS]
    if rules_only:
        tagger = None
    elif tagger is None and USE_TAGGER and article.language in TAGGER_LANGUAGES:
        tagger = shipped_tagger()
    if tagger is not None:
        mentions = tagged_mentions(article, blocks, lex, tagger)
    else:
        mentions = []
        tokenized = [tokenize(block.text, block.start) for block in blocks]
        alone = _named_alone(tokenized, lex) if lex.english else frozenset()
        for tokens in tokenized:
            for part, parts, n_part, stripped in rule_parts(tokens, lex, alone):
                mentions.append(make_mention(article, tokens, part, parts, n_part, stripped, lex))
    return Extraction(article.id, tuple(_confirmed_in_headings(blocks, mentions,
                                                              lex.english)))


def _named_alone(tokenized, lex: Lexicon) -> frozenset:
    """The words an article names by themselves, each a name of one word somewhere."""
    return frozenset(tokens[part[0]].text for tokens in tokenized
                     for part, *_ in rule_parts(tokens, lex) if len(part) == 1)


def _confirmed_in_headings(blocks, mentions: list[RawMention], english: bool = False
                           ) -> list[RawMention]:
    """A subheading's single word is no actor of its own ("Świat reaguje", "Kto za tym
    stoi?"): it stays only when the article's prose names it too, in any case form
    ("Łukaszenka:" over a paragraph about Łukaszenki). A name of several words stands
    (SlavicNER's gold counts the names of Polish headings: requiring the prose to confirm
    them too cost 14 of its 8,717 found) but in English, whose headings may capitalise every
    word ("Talks In Geneva Palace"): there it stays only when the prose names its words too,
    or when the line is a speaker's signature, a name and its role after a comma ("Jan
    Nowak, press officer"). Captions, photo credits and bylines are never read."""
    headings = [(b.start, b.end) for b in blocks if b.kind == "heading"
                # A line of one word is a speaker's or a signature's name ("PAWEŁ:").
                and len(b.text.split()) > 1]
    if not headings:
        return mentions

    def in_heading(m: RawMention) -> bool:
        return any(start <= m.start < end for start, end in headings)

    def signed(m: RawMention) -> bool:
        return len(m.tokens) > 1 and any(
            b.start == m.start and b.text[m.end - b.start:][:1] == ","
            for b in blocks if b.kind == "heading")

    prose: dict[str, set[str]] = {}
    for m in mentions:
        if not in_heading(m):
            for w in m.tokens:
                prose.setdefault(w.lower()[:4], set()).add(w.lower())

    def in_prose(word: str) -> bool:
        # The same word in another case: all but the last three letters of the shorter
        # form agree (Ałmatach / Ałmaty, białoruska / Białorusi), four letters at least.
        w = word.lower()
        return any(p[:k] == w[:k] for p in prose.get(w[:4], ())
                   for k in (max(4, min(len(w), len(p)) - 3),))

    return [m for m in mentions
            if not in_heading(m) or (len(m.tokens) > 1 and not english) or signed(m)
            or all(map(in_prose, m.tokens))]
