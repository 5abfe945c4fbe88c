"""Direct quotes and who said them.

A quote on a profile is a claim that this person said these words, so a speaker is credited
only from the grammar of the attribution, never for being the nearest name:
- after the quote: "„…” – przekazał Łukaszenka", "„…” – powiedział prezydent" (the actor who
  holds that role), "„…” – mówiła jedna z mieszkanek" (an unnamed speaker, kept as written);
  in English '"…," Smith said', '"…," said the minister', '"…," he told reporters';
- before it: the subject of the speech verb ("Rosyjskie MSZ stwierdziło: „…”", "prezydent
  Kazachstanu stwierdził, że „…”"), the name right after it ("powiedział Łukaszenka: „…”",
  "według TASS"), the speaker of the sentence before when the verb has no subject ("Dodał,
  że „…”"); with no verb, the sentence's subject ("Podobne oświadczenie wydała Rosja").
A speaker is a person or an organisation; a place only as such a subject, in the nominative
(a state speaking: "oświadczenie wydała Rosja"), never as a name that merely stands near
("jedna z mieszkanek Kłodzka"). A short quote (under four words) is a term, not a statement,
and is kept only where a speech act frames it ("stwierdził, że „gangi terrorystyczne”");
a quoted title ("Le Figaro") is no quote."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .. import lexicon
from ..extract.morph import analyse
from ..extract.tokens import Token, sentence_bounds, tokenize
from ..model import Actor, Article, Quote
from .antecedent import PRONOUNS, antecedent
from .dash_quotes import dash_quotes
from .quote_runs import continued, reopened
from .speaker_words import (EN_PREPOSITIONS, PARTITIVE, PREPOSITIONS, after_role,
                            governed_by_preposition, nominative, one_inhabitant, role_holder,
                            subject_role, subject_words, without_in_turn)

_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(:–—-]))[„\"“«](?P<q>[^„\"“”«»]+?)[”\"“»](?=$|[\s.,;:!?)…–—-])")
# The attribution may name a programme in quotes ("– mówił w magazynie "24 godziny" …"): the
# clause, not the next quotation mark, ends it.
_AFTER_DASH = re.compile(r"^\s*[,.]?\s*[-–—]\s*(?P<rest>.{0,160})")
_AFTER_EN = re.compile(r"^\s*,?\s*(?P<rest>[^„\"“”«»]{0,120})")
_CLAUSE_END = re.compile(r"[.;!?]|,\s|\s[-–—]\s")
TERM_WORDS = 4  # a quote of fewer words is a term
_TITLE_GLUE = {"of", "the", "and", "for", "from", "with", "in", "on", "at", "to", "a", "an",
               "w", "i", "z", "ze", "na", "do", "o", "we", "und", "der", "die", "das", "le",
               "la", "les", "de", "du", "des"}
_ACCORDING = ("według", "wg", "according to", "zdaniem")
_NOT_A_SPEAKER = {"and", "but", "or", "which", "that", "who", "as", "so", "then", "if", "when",
                  "it", "this", "i", "we", "you"}


def _speech_verb(word: str) -> bool:
    verbs = lexicon.words("quotes", "speech_verbs")
    low = word.lower()
    return low in verbs or any(a.lemma.lower() in verbs for a in analyse(low)
                               if a.pos in ("fin", "praet", "ger", "pact", "inf", "impt"))


def roles_of(actors: list[Actor]) -> list[tuple[str, Actor]]:
    """Every role the texts gave a person, lower-cased, with its holder (dossier-wide: the
    role may be named in an article that does not name the person)."""
    return [(role.lower(), a) for a in actors for role in a.roles]


@dataclass(frozen=True)
class _Context:
    """What attributing one article's quotes reads: its mentions (start, end, actor), sorted,
    the dossier's roles, and the article's language."""

    mentions: list
    roles: list
    english: bool
    body: str
    paragraphs: list  # (start, text) of each paragraph, in order: a pronoun's antecedent
    quoted: list  # (start, end) of each quotation, quotation marks included

    def pronoun(self, word: str, quote_start: int):
        """The (actor id, words) that ``word``, crediting the quote at ``quote_start``
        (absolute), stands for: link/antecedent.py."""
        hit = antecedent(self.paragraphs, self.mentions, self.quoted, quote_start, word,
                         _speech_verb)
        return (hit[2].id, self.body[hit[0]:hit[1]]) if hit else None

    def mention_in(self, start: int, end: int, last: bool = False):
        inside = [(s, e, a) for s, e, a in self.mentions if start <= s and e <= end]
        if not inside:
            return None
        return inside[-1] if last else inside[0]


def extract_quotes(article: Article, mentions: list[tuple[int, int, Actor]],
                   roles: list[tuple[str, Actor]]) -> list[Quote]:
    """The quotes of one article; ``mentions`` are its (start, end, actor) (see
    link/events.py: mentions_in), ``roles`` the dossier's (roles_of)."""
    paragraphs = [(b.start, b.text) for b in article.blocks if b.kind == "paragraph"]
    quoted = sorted((base + c.start, base + c.end) for base, text in paragraphs
                    for c in _candidates(text, article.language == "en"))
    ctx = _Context(sorted(mentions, key=lambda t: (t[0], t[1], t[2].id)), roles,
                   article.language == "en", article.body, paragraphs, quoted)
    quotes: list[Quote] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    previous = None  # the last quote's (end in the body, speaker, credited after it)
    before_block = None
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        text = block.text
        for m in _candidates(text, ctx.english):
            words = text[m.q_start:m.q_end].split()
            if len(words) < 2 or (not m.dash and _is_title(words)):
                continue  # a single quoted word or a title ("Le Figaro"): not words said
            term = len(words) < TERM_WORDS
            if term and not _has_speech_verb(text, m.start, m.end):
                continue  # "siły pokojowe", "obce siły": a phrase set off, not words said
            speaker = _after(text, m.start, m.end, block.start, ctx)
            credited_after = speaker is not None
            if speaker is None and m.dash and not _names_after(text[m.end:]):
                speaker = _dash_context(block.start + m.start, previous, ctx)
            if speaker is None and ctx.english:
                speaker = continued(article.body, block.start + m.start, previous) or \
                    reopened(block, m.start, before_block, _QUOTE, lambda text, at, base:
                             _before(text, at, base, ctx, last_speaker))
            if speaker is None and not m.dash:
                speaker = _before(text, m.start, block.start, ctx, last_speaker)
            speaker_id, speaker_text = speaker if speaker else (None, None)
            if term and not (speaker_id or speaker_text):
                continue  # a phrase set off with nobody clearly behind it
            if speaker_id:
                last_speaker = (speaker_id, speaker_text)
            previous = (block.start + m.end, speaker, credited_after)
            qs, qe = block.start + m.q_start, block.start + m.q_end
            quotes.append(Quote(article.id, speaker_id, speaker_text, article.body[qs:qe],
                                qs, qe, "term" if term else "statement"))
        before_block = block
    return quotes


class _Span(NamedTuple):
    """A quotation in its paragraph: marks (or opening dash) included, and its words."""

    start: int
    end: int
    q_start: int
    q_end: int
    dash: bool


def _candidates(text: str, english: bool) -> list[_Span]:
    """The quotations of a paragraph, in order: in quotation marks, and (Polish) opened with
    a dash (link/dash_quotes.py); marks inside a dash-opened speech quote within it, and
    are the same speaker's words, not a quote of their own."""
    dashed = [] if english else [_Span(s, e, s, e, True)
                                 for s, e in dash_quotes(text, _speech_verb)]
    marked = [_Span(m.start(), m.end(), m.start("q"), m.end("q"), False)
              for m in _QUOTE.finditer(text)
              if not any(d.start <= m.start() < d.end for d in dashed)]
    return sorted(dashed + marked)


def _names_after(rest: str) -> bool:
    """Whether the attribution after a closing dash writes a name ("– dodał z kolei Nowicki"):
    then a speaker is written, and one not understood is no cue to the last one."""
    m = _AFTER_DASH.match(rest)
    words = re.findall(r"\w+", _clause(m["rest"])) if m else []
    governed = governed_by_preposition(words)
    return any(w[:1].isupper() and i not in governed for i, w in enumerate(words) if i)


def _dash_context(start: int, previous, ctx: _Context):
    """Who closes "– To ważny krok – dodał." with a verb alone: the speaker of the quote
    just before in the same paragraph ("– … – powiedział X. – … – dodał."), else the person
    the text last made its subject, as a pronoun's antecedent is found."""
    here = max((b for b, _t in ctx.paragraphs if b <= start), default=0)
    if previous is not None and previous[1] is not None and here <= previous[0] <= start:
        return previous[1]
    return ctx.pronoun("on", start)


def _is_title(words: list[str]) -> bool:
    """"Le Figaro", "Zoo TV Live from Sydney": every word but the glue capitalised."""
    content = [w.strip(".,;:!?()") for w in words if w.lower() not in _TITLE_GLUE]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content if w)


def _has_speech_verb(text: str, start: int, end: int) -> bool:
    s, _ = sentence_bounds(text, start)
    _, e = sentence_bounds(text, max(end - 1, start))
    return any(t.is_word and _speech_verb(t.text) for t in tokenize(text[s:e]))


def _may_speak(actor: Actor, surface: str, ctx: _Context, subject: str | bool,
               before: str = "") -> bool:
    """A person or an organisation as the speech act's subject or named speaker (nominative,
    in Polish, and not after a preposition: "w USA powie"); a place only where _state allowed
    it (``subject`` == "state"). A name written in lower case ("niemiecki chadek": an
    adjective standing for its country) is no speaker. ``before``: the text before the name."""
    if surface[:1].islower() or _after_preposition(before) or \
            (actor.kind != "person" and after_role(before)):
        return False  # "szef KPRM", "według szefa KPRM": the role's holder speaks
    if not ctx.english and not nominative(surface):
        return False
    if actor.kind == "place":
        return subject == "state" and not one_inhabitant(surface)
    return actor.kind in ("person", "organization")


def _after_preposition(before: str) -> bool:
    words = re.findall(r"\w+", before[-20:])
    return bool(words) and words[-1].lower() in PREPOSITIONS | EN_PREPOSITIONS


def _country(actor: Actor) -> bool:
    countries = lexicon.load("demonyms")
    return actor.name in countries or any(alias in countries for alias in actor.aliases)


def _state(actor: Actor, beside: bool) -> str | bool:
    """"Rosja oświadczyła", "oświadczyła Rosja", "oświadczenie wydała Rosja": a country right
    beside the speech act (or the subject of its statement) speaks as a state; a city, a
    region or a country further off does not."""
    return "state" if beside and _country(actor) else True


def _statement_in(tokens: list[Token]) -> bool:
    nouns = lexicon.words("quotes", "statement_nouns")
    return any(t.text.lower() in nouns or any(a.lemma.lower() in nouns
                                              for a in analyse(t.text.lower()))
               for t in tokens)


def _words(text: str, base: int) -> list[Token]:
    return [t for t in tokenize(text, base) if t.is_word]


def _clause(rest: str) -> str:
    end = _CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


def _after(text: str, quote_start: int, quote_end: int, base: int, ctx: _Context):
    """The speaker named after the quote: Polish `„…” – przekazał X`, English `"…," X said`
    or `"…," said X`."""
    pattern = _AFTER_EN if ctx.english else _AFTER_DASH
    m = pattern.match(text[quote_end:])
    if not m:
        return None
    if ctx.english and text[quote_start:quote_end].rstrip("\"”“").endswith(".") and \
            m["rest"][:1].isupper():
        return None  # '"… rand." He said the six factories …': a new sentence, not its credit
    rest_start = quote_end + m.start("rest")
    clause = _clause(m["rest"])
    tokens = _words(clause, base + rest_start)
    verb = next((i for i, t in enumerate(tokens[:6]) if _speech_verb(t.text)), None)
    if verb is None or (not ctx.english and verb != 0):
        return None
    pre, post = tokens[:verb], tokens[verb + 1:]
    if pre:  # English: `"…," Smith said`, `"…," he said`, `"…," the minister said`
        if pre[0].text.lower() in _NOT_A_SPEAKER or len(pre) > 4:
            return None  # `"…" and then he said`: the quote is not his
        return _named(pre, ctx, text, base, quote_start + base, quote_end + base,
                      before_verb=True)
    named = _named(post, ctx, text, base, quote_start + base, quote_end + base,
                   before_verb=False)
    return _apposition(text, rest_start + len(clause), named, base, ctx) or named


def _apposition(text: str, clause_end: int, named, base: int, ctx: _Context):
    """"powiedział prawnik Bibi, Saiful Mulook": a name after a common noun is whose the
    noun is (a genitive an indeclinable name does not show); a person named right after
    the comma is the speaker."""
    if not named or not named[0] or not named[1] or not text.startswith(",", clause_end):
        return None
    at = text.rfind(named[1], 0, clause_end)
    lead = re.findall(r"\w+", text[max(0, at - 30):at])
    if at < 0 or not lead or not lead[-1].islower() or _speech_verb(lead[-1]):
        return None
    start = base + clause_end + 1
    hit = ctx.mention_in(start, start + 80)
    if hit is None or hit[2].kind != "person" or text[clause_end + 1:hit[0] - base].strip():
        return None
    return hit[2].id, text[hit[0] - base:hit[1] - base]


def _named(tokens: list[Token], ctx: _Context, text: str, base: int, quote_start: int,
           quote_abs: int, before_verb: bool):
    """Who a few words naming a speaker name: an actor mentioned there (unless a partitive
    comes first: "jedna z mieszkanek Kłodzka"), a pronoun's antecedent, a role's holder, or
    nobody, with the words kept as written."""
    if not tokens:
        return None
    # Before the verb the name stands last ("US lawyer Jamie Firestone said"), after it
    # first ("powiedział Łukaszenka w rozmowie z ..."); a name in another case on the way
    # ("napisał na Twitterze Tusk") is passed over.
    inside = [h for h in ctx.mentions if tokens[0].start <= h[0] and h[1] <= tokens[-1].end]
    for hit in (reversed(inside) if before_verb else inside):
        s, e, actor = hit
        lead = [t.text.lower() for t in tokens if t.end <= s]
        if PARTITIVE & set(without_in_turn(lead)) or len(lead) > 12:
            break
        surface = text[s - base:e - base]
        beside = e >= tokens[-1].end if before_verb else not lead
        if _may_speak(actor, surface, ctx, _state(actor, beside), text[:s - base]):
            return actor.id, surface
    if tokens[0].text.lower() in PRONOUNS and len(tokens) <= 2:
        return ctx.pronoun(tokens[0].text, quote_start)
    words = [t.text for t in tokens] if ctx.english else subject_words(tokens)
    if not words:
        return None
    return role_holder(words, quote_abs, ctx), " ".join(words[:6])


def _according(before: str, s: int, base: int, ctx: _Context, text: str):
    """"według TASS, „…”", "according to Reuters": the name after the preposition."""
    low = before.lower()
    for word in _ACCORDING:
        at = low.rfind(word + " ")
        if at >= 0 and (at == 0 or not low[at - 1].isalpha()):
            start = base + s + at + len(word) + 1
            hit = ctx.mention_in(start, start + 60)
            if hit is not None and hit[0] - start < 3 and \
                    hit[2].kind in ("person", "organization"):
                return hit[2].id, text[hit[0] - base:hit[1] - base]
            written = before[at + len(word) + 1:].split()[:2]
            holder = role_holder(written, start, ctx) if written else None
            if holder:  # "według szefa KPRM": the person heading it
                return holder, " ".join(w.strip(",") for w in written)
    return None


def _before(text: str, quote_start: int, base: int, ctx: _Context, last_speaker):
    """The speaker named before the quote, in its sentence."""
    s, _e = sentence_bounds(text, quote_start)
    before = text[s:quote_start]
    tokens = _words(before, base + s)
    according = _according(before, s, base, ctx, text)
    if according:
        return according
    verb_at = next((i for i in range(len(tokens) - 1, -1, -1) if _speech_verb(tokens[i].text)),
                   None)
    sentence_start, quote_abs = base + s, base + quote_start
    # "Podobne oświadczenie wydała Rosja, która uważa …": a sentence about a statement.
    statement = _statement_in(tokens)
    if verb_at is None:
        # No verb: the sentence's subject.
        for ms, me, actor in ctx.mentions:
            if sentence_start <= ms and me <= quote_abs:
                surface = text[ms - base:me - base]
                if _may_speak(actor, surface, ctx, _state(actor, statement),
                              text[:ms - base]):
                    return actor.id, surface
        return None
    verb = tokens[verb_at]
    subject = ctx.mention_in(sentence_start, verb.start, last=True)
    if subject is not None:
        surface = text[subject[0] - base:subject[1] - base]
        beside = statement or not text[subject[1] - base:verb.start - base].strip()
        if _may_speak(subject[2], surface, ctx, _state(subject[2], beside),
                      text[:subject[0] - base]):
            return subject[2].id, surface
    if verb_at == 1 and tokens[0].text.lower() in PRONOUNS:
        return ctx.pronoun(tokens[0].text, sentence_start)  # "He added: „…”"
    role = subject_role(tokens[:verb_at], quote_abs, ctx)
    if role:
        return role, None
    after_verb = ctx.mention_in(verb.end, quote_abs)
    if after_verb is not None:
        gap = _words(text[verb.end - base:after_verb[0] - base], verb.end)
        surface = text[after_verb[0] - base:after_verb[1] - base]
        if len(gap) <= 3 and not PARTITIVE & {t.text.lower() for t in gap} and \
                _may_speak(after_verb[2], surface, ctx,
                           _state(after_verb[2], statement or not
                                  text[verb.end - base:after_verb[0] - base].strip()),
                           text[:after_verb[0] - base]):
            return after_verb[2].id, surface
    if verb_at == 0:
        # "Dodał, że ...": the subject of the sentence before, else its speaker.
        return _previous_subject(text, s, base, ctx) or (last_speaker if last_speaker[0]
                                                          else None)
    return None


def _previous_subject(text: str, sentence_start: int, base: int, ctx: _Context):
    """The first person or organisation in the sentence before, as its subject can be
    ("Minister Adam Nowak poinformował …. Dodał, że …")."""
    if sentence_start == 0:
        return None
    ps, _pe = sentence_bounds(text, max(0, sentence_start - 2))
    for ms, me, actor in ctx.mentions:
        if base + ps <= ms and me <= base + sentence_start:
            surface = text[ms - base:me - base]
            if _may_speak(actor, surface, ctx, True, text[:ms - base]):
                return actor.id, surface
    return None


