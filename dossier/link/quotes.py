"""Direct quotes and who said them.

A speaker is found, in this order: named after the quote with a speech verb ("– przekazał
Łukaszenka", "- donosił TASS"); through a role the text used before the verb ("prezydent
Kazachstanu stwierdził" -> the actor who holds that role); named before the verb in the same
sentence; the speaker of the sentence before when the verb has no subject ("Dodał, że ...");
the subject of the sentence when there is no verb. Otherwise the quote is kept unattributed."""

from __future__ import annotations

import re

from .. import lexicon
from ..extract.morph import analyse
from ..extract.tokens import sentence_bounds, tokenize
from ..model import Actor, Article, Quote

_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(:–—-]))[„\"“«](?P<q>[^„\"“”«»]+?)[”\"“»](?=$|[\s.,;:!?)…–—-])")
_AFTER = re.compile(r"^\s*[,.]?\s*[-–—]\s*(?P<rest>.{0,120})")


def _speech_verb(word: str) -> bool:
    verbs = lexicon.words("quotes", "speech_verbs")
    low = word.lower()
    return low in verbs or any(a.lemma.lower() in verbs for a in analyse(low)
                               if a.pos in ("fin", "praet", "ger", "pact", "inf", "impt"))


def roles_of(actors: list[Actor]) -> list[tuple[str, Actor]]:
    """Every role the texts gave a person, lower-cased, with its holder (dossier-wide: the
    role may be named in an article that does not name the person)."""
    return [(role.lower(), a) for a in actors for role in a.roles]


def extract_quotes(article: Article, mentions: list[tuple[int, int, Actor]],
                   roles: list[tuple[str, Actor]]) -> list[Quote]:
    """The quotes of one article; ``mentions`` are its (start, end, actor) (see
    link/events.py: mentions_in), ``roles`` the dossier's (roles_of)."""
    mentions = sorted(mentions, key=lambda t: (t[0], t[1], t[2].id))
    here_ids = {a.id for _s, _e, a in mentions}
    quotes: list[Quote] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        text = block.text
        for m in _QUOTE.finditer(text):
            words = m["q"].split()
            if len(words) < 2:
                continue  # a single quoted word is a name or a scare quote, not a quote
            if len(words) < 4 and not _has_speech_verb(text, m.start(), m.end()):
                continue  # "siły pokojowe", "obce siły": a phrase set off, not words said
            qs, qe = block.start + m.start("q"), block.start + m.end("q")
            speaker = _after(text, m.end(), block.start, mentions)
            if speaker is None:
                speaker = _before(text, m.start(), block.start, mentions, roles, here_ids,
                                  last_speaker)
            speaker_id, speaker_text = speaker if speaker else (None, None)
            if speaker_id or speaker_text:
                last_speaker = (speaker_id, speaker_text)
            quotes.append(Quote(article.id, speaker_id, speaker_text, article.body[qs:qe],
                                qs, qe))
    return quotes


def _has_speech_verb(text: str, start: int, end: int) -> bool:
    s, _ = sentence_bounds(text, start)
    _, e = sentence_bounds(text, max(end - 1, start))
    return any(t.is_word and _speech_verb(t.text) for t in tokenize(text[s:e]))


def _mention_in(mentions, start: int, end: int, last: bool = False):
    inside = [(s, e, a) for s, e, a in mentions if start <= s and e <= end]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def _after(text: str, quote_end: int, base: int, mentions):
    """`"…" – przekazał Łukaszenka`, `"…" - donosił TASS`, `"…" - relacjonował świadek`."""
    m = _AFTER.match(text[quote_end:])
    if not m:
        return None
    rest_start = quote_end + m.start("rest")
    tokens = [t for t in tokenize(m["rest"], base + rest_start) if t.is_word]
    if not tokens or not _speech_verb(tokens[0].text):
        return None
    clause_end = re.search(r"[.;!?]", m["rest"])
    end = base + rest_start + (clause_end.start() if clause_end else len(m["rest"]))
    hit = _mention_in(mentions, tokens[0].end, end)
    if hit is not None:
        s, e, actor = hit
        return actor.id, text[s - base:e - base]
    # No actor named: keep the words that name the speaker ("świadek").
    words = [t.text for t in tokens[1:4] if t.end <= end]
    return (None, " ".join(words)) if words else None


def _before(text: str, quote_start: int, base: int, mentions, roles, here_ids, last_speaker):
    s, _e = sentence_bounds(text, quote_start)
    before = text[s:quote_start]
    tokens = [t for t in tokenize(before, base + s) if t.is_word]
    # The speech verb nearest the quote governs it ("Jak informuje agencja X, Y zapowiedział").
    verb_at = next((i for i in range(len(tokens) - 1, -1, -1) if _speech_verb(tokens[i].text)),
                   None)
    lowered = before.lower()
    # A role the text used ("prezydent Kazachstanu stwierdził"): the actor holding it,
    # preferably one of this article.
    role_hits = [a for role, a in roles if role in lowered
                 and re.search(rf"\b{re.escape(role)}\b", lowered)]
    role_hits.sort(key=lambda a: (a.id not in here_ids, a.id))
    sentence_start, quote_abs = base + s, base + quote_start
    if verb_at is not None:
        verb = tokens[verb_at]
        subject = _mention_in(mentions, sentence_start, verb.start, last=True)
        if subject is not None and subject[2].kind in ("person", "organization"):
            return subject[2].id, text[subject[0] - base:subject[1] - base]
        if role_hits:
            return role_hits[0].id, None
        after_verb = _mention_in(mentions, verb.end, quote_abs)
        if after_verb is not None and after_verb[2].kind in ("person", "organization"):
            return after_verb[2].id, text[after_verb[0] - base:after_verb[1] - base]
        # A country or city speaking through its government: "oświadczenie wydała Rosja".
        for hit in (subject, after_verb):
            if hit is not None:
                return hit[2].id, text[hit[0] - base:hit[1] - base]
        if verb_at == 0 and any(last_speaker):
            return last_speaker  # "Dodał, że ...": the speaker of the sentence before
        return None
    if role_hits:
        return role_hits[0].id, None
    subject = _mention_in(mentions, sentence_start, quote_abs)
    if subject is not None:
        return subject[2].id, text[subject[0] - base:subject[1] - base]
    return None
