"""The tagger's names in one article (extract/tagger proposes spans, kinds and confidences),
cleaned by the rules: a word before a name that is no part of it, a name run over a
preposition into the next, a weak one-word name the article does not confirm; and the
rules' names the tagger passed over, kept when a cue or the article confirms them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .. import lexicon
from ..model import Article
from .edges import (at_punctuation, with_adjective_before, with_agreeing_adjective,
                    with_abbreviation, with_abbreviation_after, with_initial_before,
                    with_number_after, without_lower_case_end)
from .glued import split_glued
from .morph import analyse
from .raw import RawMention
from .rules import ROMAN, Lexicon, make_mention, rule_parts
from .tagger.features import document_evidence, tagger_tokens
from .tagger.model import Span
from .tokens import Token, initial_dot, tokenize
from .words import (
    adjective_only,
    has_cyrillic,
    head_kind,
    is_common_word,
    lemmas,
    nationality_country,
    nationality_word,
    no_name_word,
    stem,
)

# A one-word name the tagger is less sure of than this is kept only when the article
# confirms it (the word in a name the tagger is sure of). (0.6 before pl-crf-5; PolEval
# 5-fold, with BACKFILL: 0.793/0.722 -> 0.804/0.733; SlavicNER F1 0.877 -> 0.876.)
WEAK_ONE_WORD = 0.4


# A name in lower case of several words the tagger is this sure of is kept ("województwo
# pomorskie", "ministerstwo spraw zagranicznych").
SURE_LOWER_CASE = 0.8


def _lower_case_name(words: list[str], span) -> bool:
    """Whether a name written in lower case stands for an actor: a nationality's adjective
    does ("polskiego rządu": Poland, see link.actors), another adjective does not
    ("warszawskie ulice"), nor a phrase the tagger is unsure of."""
    if len(words) == 1:
        return bool(nationality_country(words[0]))
    return span.confidence >= SURE_LOWER_CASE


def _cut_tokens(tokens: list[Token], pieces: list, spans) -> list[Token]:
    """``tokens`` with each hyphenated word that a span begins or ends inside replaced by its
    pieces (the tagger's tokens): "polsko-niemieckiej" names two places."""
    cuts = {s.start for s in spans} | {s.end for s in spans}
    out: list[Token] = []
    k = 0
    for tok in tokens:
        if "-" not in tok.text and "‑" not in tok.text or \
                not any(tok.start < c < tok.end for c in cuts):
            out.append(tok)
            continue
        while k < len(pieces) and pieces[k].start < tok.start:
            k += 1
        while k < len(pieces) and pieces[k].end <= tok.end:
            p = pieces[k]
            out.append(Token(p.text, p.start, p.end, p.sentence_initial))
            k += 1
    return out


def _whole_words(spans, tokens: list[Token]):
    """The spans, each widened over a capitalised hyphenated word it covers a part of
    (Kasym-Żomart, Nur-Sułtanie are one name), spans that then overlap joined."""
    hyphenated = [t for t in tokens if t.capitalised and ("-" in t.text or "‑" in t.text)]
    if not hyphenated:
        return spans
    out = []
    for span in spans:
        start, end = span.start, span.end
        for t in hyphenated:
            if t.start < end and start < t.end:
                start, end = min(start, t.start), max(end, t.end)
        if out and start < out[-1].end:
            prev = out.pop()
            span = prev._replace(end=max(end, prev.end),
                                 confidence=min(prev.confidence, span.confidence))
            start = prev.start
        out.append(span._replace(start=start, end=end))
    return out


def _at_prepositions(part: list[int], tokens: list[Token]) -> list[list[int]]:
    """A name the tagger ran over a preposition into the next one, cut there ("Nickiem
    Harwoodem | w | Londynie"), as the rules cut it; not an institution's name, which a
    preposition may continue ("Sąd Okręgowy w Warszawie", see capitalised_runs)."""
    if len(part) < 3 or head_kind(tokens[part[0]].text) is not None:
        return [part]
    out: list[list[int]] = [[]]
    for i in part:
        word = tokens[i].text
        readings = analyse(word) if word.islower() else ()
        if out[-1] and readings and all(a.pos == "prep" for a in readings):
            out.append([])
            continue
        out[-1].append(i)
    return [piece for piece in out if piece]


# A name the rules find and the tagger did not is kept when the tagger gives one of its words
# at least this probability of being in a name (0.2 before: the rules' organisations the
# tagger doubted were mostly none, PolEval's organisations overlap P 0.63 -> 0.72).
BACKFILL = 0.5
# Names the tagger is at least this sure of are not joined into the rules' longer name.
SURE_APART = 0.8
# And a name of several words none of which the dictionary knows as a common word.
BACKFILL_RUNS = True


def tagged_mentions(article: Article, blocks, lex: Lexicon, tagger) -> list[RawMention]:
    """The names of an article's ``blocks``: the tagger's, cleaned, and the rules' it passed
    over (see the module's docstring)."""
    block_tokens = [tokenize(b.text, b.start) for b in blocks]
    pieces = [tagger_tokens(b.text, b.start, tokens) for b, tokens in zip(blocks, block_tokens)]
    evidence = document_evidence([t for block in pieces for t in block])
    # First the tagger's names, block by block.
    found = [_tagger_names(block_pieces, tokens, tagger, evidence)
             for block_pieces, tokens in zip(pieces, block_tokens)]
    known = _ArticleNames.of(article.body, found)
    mentions: list[RawMention] = []
    dropped: set[int] = set()
    for rule_tokens, block in zip(block_tokens, found):
        # (start, end, sureness, id, kind) in text order, none overlapping
        taken: list[tuple[int, int, float, int, str | None]] = []
        for part, span in block.named:
            bounds = _with_abbreviations(part, span, block.tokens)
            # "ul. Wólczańskiej": an abbreviation before it makes an adjective a name.
            titled = bounds[0] < block.tokens[part[0]].start
            if not titled and not _keep_tagged(block.tokens, part, span, lex, known):
                continue
            parts = split_glued(part, block.tokens) if len(part) > 1 else [part]
            for n_part, piece in enumerate(parts):
                kind = span.kind if len(parts) == 1 else None  # (None: cut out of a name)
                m = make_mention(article, block.tokens, piece, parts, n_part, [], lex, kind,
                                 _with_abbreviations(piece, span, block.tokens))
                mentions.append(m)
                # A nationality's adjective the rules may join to the name after it ("Czeskie
                # MSZ": MSZ Czech, see link.actors) counts as unsure.
                sureness = 0.0 if len(m.tokens) == 1 and nationality_word(m.tokens[0]) \
                    else span.confidence
                taken.append((m.start, m.end, sureness, id(m), m.tagger_kind))
        for m, replaced in _rule_names(article, rule_tokens, block, taken, lex, known):
            dropped.update(replaced)
            mentions.append(m)
    mentions = [m for m in mentions if id(m) not in dropped]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


@dataclass(frozen=True, slots=True)
class _BlockNames:
    """A block's tokens (hyphenated words cut where the tagger's names begin or end), the
    tagger's names in it ((token indexes, span) pairs), and for each tagger token its start
    and the probability that it is in a name."""

    tokens: list[Token]
    named: list[tuple[list[int], Span]]
    piece_starts: list[int]
    p_name: list[float]


def _name_abbreviations() -> dict:
    return lexicon.load("entities")["name_abbreviations"]


def _with_abbreviations(part: list[int], span: Span, tokens: list[Token]) -> tuple[int, int]:
    """The characters of the name at ``part``, with the abbreviations the tagger took into
    it: a title's or a street's before it ("św. Jakuba", "ul. Nowomiejskiej": the word stays
    out of the name's words), the dot of an initial or an abbreviation that ends it
    ("Wiktor W.", "TP S.A.")."""
    first, last = part[0], part[-1]
    start, end = tokens[first].start, tokens[last].end
    abbreviations = lexicon.words("entities", "abbreviations")
    if first >= 2 and tokens[first - 1].text == "." and tokens[first - 2].text.islower() and \
            tokens[first - 2].text in abbreviations and tokens[first - 2].start >= span.start:
        start = tokens[first - 2].start
    word = tokens[last].text
    if last + 1 < len(tokens) and tokens[last + 1].text == "." and \
            tokens[last + 1].start == end and (tokens[last + 1].end <= span.end or
                                               word.lower() in _name_abbreviations()) and (
            (len(word) == 1 and word.isupper()) or "." in word or word.lower() in abbreviations):
        end = tokens[last + 1].end
    return start, end


def _tagger_names(block_pieces, tokens: list[Token], tagger, evidence) -> _BlockNames:
    spans, p_name = tagger.read(block_pieces, evidence)
    spans = with_abbreviation_after(
        with_adjective_before(_whole_words(spans, tokens), block_pieces), block_pieces)
    tokens = _cut_tokens(tokens, block_pieces, spans)
    starts = [t.start for t in tokens]
    place_heads = lexicon.words("entities", "place_heads")
    named = []
    for span in spans:
        k = bisect.bisect_left(starts, span.start)
        part = []
        while k < len(tokens) and tokens[k].end <= span.end:
            if tokens[k].is_word:
                part.append(k)
            k += 1
        misread = False
        # "wojsk Organizacji ...": a lower-case word before a name is no part of it, but
        # for a place's head noun ("ulica Mickiewicza", "gmina Kłodawa"); nor is a
        # preposition or another word that is no noun nor adjective ("W Republice Malty");
        # but an initial is ("W. Brytania").
        while len(part) > 1 and not initial_dot(tokens, part[0] + 1) and (
                (tokens[part[0]].text.islower() and any(
                    t.capitalised for t in (tokens[i] for i in part[1:])) and
                 not _singular_place_head(tokens[part[0]].text, place_heads)) or
                no_name_word(tokens[part[0]].text) or
                _common_at_sentence_start(tokens, part, evidence, place_heads)):
            misread = misread or tokens[part[0]].capitalised
            part.pop(0)
        if misread:
            # "Wioska Korrabadi" read as a person's name: a capitalised word the tagger took
            # into the name is none of it, so its kind was read for another name; the rules'
            # cues ("wioska") decide.
            span = span._replace(kind=None)
        part = without_lower_case_end(part, tokens)
        if part:
            part = with_initial_before(with_agreeing_adjective(part, tokens, spans), tokens,
                                       span.kind)
            part = with_abbreviation(with_number_after(part, tokens, spans), tokens)
        pieces = [q for p in at_punctuation(part, tokens) for q in _at_prepositions(p, tokens)]
        for piece in pieces:
            named.append((piece, span if len(pieces) == 1 else span._replace(kind=None)))
    return _BlockNames(tokens, named, [p.start for p in block_pieces], p_name)


def _singular_place_head(word: str, place_heads) -> bool:
    """A place's head noun in the singular ("ulica Mickiewicza"), not in the plural
    ("ulicami Londynu": the streets of a place are none of its names)."""
    return any(a.lemma.lower() in place_heads and a.pos == "subst" and
               "sg" in a.number.split(".") for a in analyse(word))


def _common_at_sentence_start(tokens: list[Token], part: list[int], evidence,
                              place_heads) -> bool:
    """"Wioska Korrabadi liczy...": a common noun capitalised only because it opens the
    sentence, before a name, is no part of it when the article writes it in lower case
    elsewhere ("z wioski Korrabadi"); an institution's noun is ("Rada Miasta", "Sąd
    Najwyższy")."""
    first = tokens[part[0]]
    if not first.sentence_initial or not first.capitalised or \
            not all(tokens[i].capitalised for i in part[1:]):
        return False
    own = lemmas(first.text)
    if own & (place_heads | lexicon.words("entities", "organization_heads")):
        return False
    prefix = first.text.lower()[:3]
    return any(own & lemmas(w) for w in evidence.lower if w.startswith(prefix))


@dataclass(frozen=True, slots=True)
class _ArticleNames:
    """What the tagger's names say across the article: the words of the names it is sure
    of, the stems of every word it took for a name (what confirms a name the rules found, in
    any case form), and the lemmas of the nouns in them."""

    sure: set[str]
    seen_stems: set[str]
    nouns: set[str]

    @classmethod
    def of(cls, body: str, found: list[_BlockNames]) -> _ArticleNames:
        named = [(block.tokens, part, span) for block in found for part, span in block.named]
        sure = {w.lower() for _, _, span in named if span.confidence >= WEAK_ONE_WORD
                for w in body[span.start:span.end].split()}
        seen = {w.lower() for _, _, span in named for w in body[span.start:span.end].split()}
        stems = {w[:k] for w in seen for k in range(min(len(w), 4), len(w) + 1)}
        nouns = {a.lemma for tokens, part, _ in named for i in part
                 if not adjective_only(tokens[i].text) for a in analyse(tokens[i].text)}
        return cls(sure, stems, nouns)


def _keep_tagged(tokens: list[Token], part: list[int], span: Span, lex: Lexicon,
                 known: _ArticleNames) -> bool:
    """Whether a name the tagger found stands for an actor."""
    words = [tokens[i].text for i in part]
    if len(words) > 1:
        return any(w[:1].isupper() for w in words) or _lower_case_name(words, span)
    word = words[0]
    if word.lower() in lex.stop or ROMAN.match(word) or (
            len(word) < 2 and not tokens[part[0]].acronym):
        return False
    country = nationality_word(word)
    if country:
        # "polskiego rządu", "Chińskie władze": a nationality's adjective stands for its
        # country (link.actors) when the article names the country too.
        return country.split()[0] in known.nouns
    if adjective_only(word) or not word[:1].isupper():
        return False  # "warszawskie ulice", "obwodu ałmackiego": no actor
    return span.confidence >= WEAK_ONE_WORD or word.lower() in known.sure


def _foreign_rest(part: list[int], tokens: list[Token], taken, inside: list[int]) -> bool:
    """Whether the words of the rules' name outside the one tagger's name inside it are words
    the dictionary does not know, or the name's number ("Nord | Stream 2", "Kuala | Lumpur"):
    the tagger, trained on Polish text, cuts foreign names short."""
    if len(inside) != 1:
        return False
    start, end = taken[inside[0]][:2]
    rest = [tokens[i].text for i in part if not start <= tokens[i].start < end]
    return bool(rest) and all(w.isdigit() or ROMAN.match(w) or not analyse(w) for w in rest)


def _rule_names(article: Article, rule_tokens: list[Token], block: _BlockNames,
                taken: list[tuple[int, int, float, int, str | None]], lex: Lexicon, known: _ArticleNames):
    """The rules' names the tagger passed over, when it was not sure they are none, a cue
    says what they are ("linie lotnicze Aeroflot") or the tagger is sure of the name
    elsewhere in the article ('"siły pokojowe" ODKB'); and the rules' longer name over names
    the tagger was unsure of ("Premier Armenii Nikol Paszynian", "Rosyjskie MSZ"). Yields
    each with the ids of the tagger's mentions it replaces."""
    piece_starts, p_name = block.piece_starts, block.p_name
    for part, parts, n_part, stripped in rule_parts(rule_tokens, lex):
        start, end = rule_tokens[part[0]].start, rule_tokens[part[-1]].end
        n = bisect.bisect_left(taken, (start,)) - 1 if taken else 0
        inside = [n] if n >= 0 and taken and taken[n][1] > start else []
        for k in range(max(n, -1) + 1, len(taken)):
            if taken[k][0] >= end:
                break
            inside.append(k)
        word_p = [max(p_name[bisect.bisect_left(piece_starts, rule_tokens[i].start):
                             bisect.bisect_left(piece_starts, rule_tokens[i].end)],
                      default=0.0) for i in part]
        if inside:
            # The rules' name holds the tagger's and only words the tagger also took for
            # names: the rules cut or join them ("Czeskie MSZ", "Kim Sung Hwan",
            # "Warszawskim Uniwersytecie Medycznym"); or the tagger was unsure.
            contained = all(start <= taken[k][0] and taken[k][1] <= end for k in inside)
            longer = (len(inside) > 1 or taken[inside[0]][1] - taken[inside[0]][0] <
                      end - start)
            unsure = any(taken[k][2] < WEAK_ONE_WORD for k in inside)
            # (Not a number ending the name, "Nord Stream 2": the tagger gives a probability
            # to capitalised words only; a connector's 0 stands, "Morze Bałtyckie z Wyborga".)
            named_p = [p for p, i in zip(word_p, part) if not rule_tokens[i].text.isdigit()]
            if not (contained and longer and (unsure or min(named_p, default=0.0) >= BACKFILL
                                              or _foreign_rest(part, rule_tokens, taken, inside))):
                continue
            if len(inside) > 1 and all(taken[k][2] >= SURE_APART for k in inside):
                # "Wielką Brytanię | Unii Europejskiej": names the tagger is sure of, side
                # by side, are not one name.
                continue
            if any(taken[k][4] == "person" and taken[k][2] >= WEAK_ONE_WORD and
                   taken[j][4] == "organization" for j, k in zip(inside, inside[1:])):
                # "Henkla | Piotr Ciborowski", "BBC | Garyn Davis": a person's name the
                # tagger is sure of after an organisation's is no part of it.
                continue
        m = make_mention(article, rule_tokens, part, parts, n_part, stripped, lex)
        # A name found elsewhere in the article, in this form or another (Tokajewa).
        confirmed = all(stem(w) in known.seen_stems for w in m.tokens)
        # A name in Cyrillic stands whatever the tagger says: it learnt Polish text only, so
        # its doubt says nothing there (the link stage joins the name to its Polish form).
        if inside or max(word_p) >= BACKFILL or m.kind_cue or m.media_cue or confirmed or \
                has_cyrillic(m.text) or \
                " ".join(m.tokens).lower() in lex.media or (
                BACKFILL_RUNS and len(part) > 1 and not any(map(is_common_word, m.tokens))):
            yield m, [taken[k][3] for k in inside]
