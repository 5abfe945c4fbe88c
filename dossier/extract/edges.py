"""Where a tagger's name begins and ends, where the tagger (trained on PolEval) cut it short
or ran it on: a comma inside, a lower-case word after it, an agreeing adjective after it, a
place's adjective before an institution."""

from __future__ import annotations

from .morph import analyse
from .. import lexicon
from .tokens import Token, initial_dot, number_after
from .words import agree, head_kind, place_only


# Marks no name runs over: "Partia Pracy, Liberalni Demokraci" are two.
_BETWEEN_NAMES = frozenset(",;:()[]„”“\"«»–—")


def at_punctuation(part: list[int], tokens: list[Token]) -> list[list[int]]:
    """A name the tagger ran over a comma (or a colon, a bracket, a quote, a dash) into
    the next one, cut there."""
    out: list[list[int]] = [[]]
    for i in part:
        if out[-1] and any(tokens[k].text in _BETWEEN_NAMES for k in range(out[-1][-1] + 1, i)):
            out.append([])
        out[-1].append(i)
    return [piece for piece in out if piece]


def with_adjective_before(spans, pieces) -> list:
    """An organisation's name with the place's adjective the tagger read apart before it,
    agreeing with its first noun, joined to it ("Warszawskiego | Uniwersytetu Medycznego":
    PolEval nests the place in the name; a flat tagger keeps the inner one)."""
    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.kind == "organization" and prev.kind == "place" and \
                prev.first == prev.last and span.first == prev.last + 1 and \
                pieces[span.first].start == pieces[prev.last].end + 1 and \
                pieces[prev.first].text[:1].isupper() and any(
                    agree(n, a) for n in analyse(pieces[span.first].text) if n.pos == "subst"
                    for a in analyse(pieces[prev.first].text) if a.pos == "adj"):
            out[-1] = span._replace(start=prev.start, first=prev.first,
                                    confidence=min(prev.confidence, span.confidence))
            continue
        out.append(span)
    return out


def without_lower_case_end(part: list[int], tokens: list[Token]) -> list[int]:
    """"Gazprom | bałtycki gazociąg": a lower-case word after a capitalised name is no part
    of it, but in an institution's or a place's name ("Powiecie płońskim")."""
    part = list(part)
    while len(part) > 1 and tokens[part[-1]].text.islower() and \
            tokens[part[0]].capitalised and head_kind(tokens[part[0]].text) is None:
        part.pop()
    return part


def with_agreeing_adjective(part: list[int], tokens: list[Token], spans) -> list[int]:
    """``part`` with the capitalised adjective right after it that agrees with its last
    noun ("Irlandii Północnej", "Korei Południowej": the tagger, trained on text where
    such names are rare, may stop at the noun), unless another name begins there."""
    nxt = part[-1] + 1
    if nxt >= len(tokens) or not tokens[nxt].capitalised or tokens[nxt].sentence_initial \
            or tokens[nxt].start != tokens[part[-1]].end + 1:
        return part
    if any(s.start <= tokens[nxt].start < s.end for s in spans):
        return part
    adjectives = analyse(tokens[nxt].text)
    if not adjectives or any(a.pos not in ("adj", "ppas", "pact") for a in adjectives):
        return part  # (a noun or a name of its own: "Irlandii Polska")
    nouns = [a for a in analyse(tokens[part[-1]].text) if a.pos == "subst"]
    if any(agree(n, a) for n in nouns for a in adjectives):
        return part + [nxt]
    return part


def with_initial_before(part: list[int], tokens: list[Token], kind: str | None) -> list[int]:
    """``part`` with the initial before it that the tagger left out: a person's ("K.
    Ulatowskiego"), or an abbreviated adjective before a place's name ("W. Brytanii": the
    dictionary knows the word as a place's name only)."""
    k = part[0]
    if k < 2 or not initial_dot(tokens, k - 1):
        return part
    letter = tokens[k - 2].text.lower()
    if kind == "person" or (kind == "place" and place_only(tokens[k].text) and
                            letter in lexicon.load("entities")["name_abbreviations"]):
        return [k - 2, *part]
    return part


def with_number_after(part: list[int], tokens: list[Token], spans) -> list[int]:
    """``part`` with the number right after it that the tagger left out ("Nord Stream | 2":
    a pipeline other than Nord Stream), when the name has two words or more."""
    if len(part) < 2 or not all(tokens[i].capitalised for i in part) or \
            not number_after(tokens, part[-1]) or \
            any(s.start <= tokens[part[-1] + 1].start < s.end for s in spans):
        return part
    return part + [part[-1] + 1]


def _name_abbreviation(word: str) -> bool:
    """An abbreviated adjective that ends a name ("Płn." of "Irlandia Płn.")."""
    return word[:1].isupper() and word.lower() in lexicon.load("entities")["name_abbreviations"]


def with_abbreviation_after(spans, pieces) -> list:
    """A name and the abbreviated adjective after it that the tagger read as a name of its
    own ("Irlandii | Płn."), joined: one name, of the kind of the first."""
    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.first == span.last == prev.last + 1 and \
                _name_abbreviation(pieces[span.first].text) and \
                pieces[span.first].start == pieces[prev.last].end + 1:
            out[-1] = prev._replace(end=span.end, last=span.last,
                                    confidence=min(prev.confidence, span.confidence))
            continue
        out.append(span)
    return out


def with_abbreviation(part: list[int], tokens: list[Token]) -> list[int]:
    """``part`` with the abbreviated adjective right after it ("Korei | Płn.")."""
    nxt = part[-1] + 1
    if nxt + 1 < len(tokens) and _name_abbreviation(tokens[nxt].text) and \
            tokens[nxt].start == tokens[part[-1]].end + 1 and tokens[nxt + 1].text == "." and \
            tokens[nxt + 1].start == tokens[nxt].end:
        return part + [nxt]
    return part
