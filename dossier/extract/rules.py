"""The rules' names: runs of capitalised words, stripped of the common words that open
them, cut where names meet (glued.py), each made a RawMention with the cues around it (the
kind a word before says, an agency cited, a role, the acronym in brackets)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import lexicon
from ..model import Article
from .english import english_cue, english_opens_no_name, english_parts
from .glued import split_glued
from .morph import analyse
from .raw import RawMention
from .roles import role_around
from .tokens import Token, initial_dot, number_after
from .words import (
    ADJ_POS,
    NOUN_POS,
    common_noun,
    demonym_country,
    head_kind,
    is_common_word,
    is_ethnonym,
    is_first_name,
    is_role_noun,
    lemmas,
    weak_name_at_sentence_start,
)

ROMAN = re.compile(r"^[IVXLCDM]+$")


def _lex():
    return lexicon.load("entities")


def capitalised_runs(tokens: list[Token], head_anywhere: bool = False) -> list[list[int]]:
    """Indexes of capitalised tokens that stand together: separated by one space only, or by
    a lower-case connector inside a name that starts with an institution noun (anywhere
    before the connector with ``head_anywhere``, as English writes it: "The Institute for
    Fiscal Studies", "National Union of Teachers")."""
    connectors = lexicon.words("entities", "name_connectors")
    runs: list[list[int]] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not (tok.is_word and tok.capitalised):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            prev = tokens[run[-1]]
            cur = tokens[j]
            if initial_dot(tokens, j) and tokens[j + 1].capitalised:
                run.append(j + 1)  # "Jan W. Kowalski", "W. Brytanii": the stop no word
                j += 2
                continue
            if cur.start - prev.end != 1:
                break
            if cur.is_word and cur.capitalised:
                run.append(j)
                j += 1
                continue
            # A connector may join only when a capitalised word follows it directly.
            # "Unia i Wielka Brytania" names two: a coordinating connector joins only inside
            # the head's complement ("Urząd Ochrony Konkurencji i Konsumentów").
            coordinating = cur.text.lower() in ("i", "and", "oraz")
            if (cur.text.lower() in connectors and cur.text.islower() and j + 1 < n
                    and not (coordinating and len(run) < 2)
                    # (English: only after "of"/"for" has opened the complement, "Department
                    # for Trade and Industry"; not "Deutsche Bank and Gazprom".)
                    and not (coordinating and head_anywhere and
                             all(tokens[k].capitalised for k in run))
                    and tokens[j + 1].is_word and tokens[j + 1].capitalised
                    and tokens[j + 1].start - cur.end == 1
                    and any(head_kind(tokens[k].text) is not None
                            for k in (run if head_anywhere else run[:1]))):
                run.extend([j, j + 1])
                j += 2
                continue
            break
        if len(run) > 1 and number_after(tokens, run[-1]):
            run.append(run[-1] + 1)  # "Nord Stream 2": the number is the name's
            j = run[-1] + 1
        runs.append(run)
        i = j
    return runs


def role_before(tokens: list[Token], first: int, stripped: list[int]) -> str | None:
    """A role noun just before a name: "premier Armenii Nikol Paszynian" -> "premier Armenii".

    The role word may be capitalised at the start of the run (stripped) or stand in lower case
    right before it; only capitalised words (the country, the ministry) may stand between, and
    a plural role ("prezydenci Rosji i Kazachstanu") names no one person."""
    roles = lexicon.words("entities", "role_nouns")
    window = list(stripped)
    k = first - 1
    while not window and k >= 0 and tokens[k].is_word and tokens[k + 1].start - tokens[k].end == 1:
        if lemmas(tokens[k].text) & roles:
            window = [k]
            break
        if not tokens[k].capitalised:
            return None
        k -= 1
    for pos, idx in enumerate(window):
        word = tokens[idx].text
        hits = lemmas(word) & roles
        if not hits:
            continue
        analyses = analyse(word)
        if analyses and not any(a.number.startswith("sg") or "sg" in a.number.split(".")
                                for a in analyses if a.pos == "subst"):
            return None
        between = [tokens[i].text for i in window[pos + 1:]]
        between += [tokens[i].text for i in range(idx + 1, first) if idx + 1 < first and
                    idx not in stripped]
        return " ".join([sorted(hits)[0]] + between).strip()
    return None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The entity lexicon's sets one extraction reads."""

    stop: frozenset
    cues: dict
    media_cues: frozenset
    media_verbs: frozenset
    media: frozenset  # the agencies' and outlets' names, lower-cased
    # Words of the article's language that a sentence's start alone capitalises
    # (data/english_common.yml: "Meanwhile", "Later"): they open no name.
    sentence_common: frozenset = frozenset()
    english: bool = False  # extract/english.py cuts its names

    @staticmethod
    @functools.cache
    def load(language: str | None = None) -> Lexicon:
        lex = _lex()
        common = lexicon.words("english_common", "words") if language == "en" else frozenset()
        months = () if language == "pl" else lex["english_months"]
        return Lexicon(frozenset(lex["stop_words"]) | frozenset(months) |
                        frozenset(lex["common_acronyms"]),
                        {kind: frozenset(words) for kind, words in lex["kind_cues"].items()},
                        frozenset(lex["media_cues"]), frozenset(lex["media_verbs"]),
                        frozenset(n.lower() for n in lex["media"]), common,
                        language == "en")


def rule_parts(tokens: list[Token], lex: Lexicon, alone: frozenset = frozenset()):
    """The names the rules find in a block's tokens: (part, parts, n_part, stripped) for each,
    ``part`` the token indexes of the name, ``parts`` all the names its capitalised run was
    cut into, ``stripped`` the run's leading words that are no part of a name. ``alone``:
    the words the article names by themselves (english.english_parts reads them)."""
    titles = lexicon.words("entities", "role_nouns") | {"of", "the"}
    lower_vocab = {t.text for t in tokens if t.is_word and t.text.islower()}
    for run in capitalised_runs(tokens, lex.english):
        # Strip leading common words: sentence-initial capitals ("Władze", "Premier") and
        # adjectives, unless the word heads an institution's name that goes on.
        stripped: list[int] = []
        while run and _opens_no_name(run, tokens, lex, lower_vocab):
            stripped.append(run.pop(0))
        if not run:
            continue
        if lex.english:
            # (Not split_glued: its cuts read Polish cases, "New" of New York as a genitive.)
            parts = english_parts([run], tokens, alone)
        else:
            parts = split_glued(run, tokens)
        for n_part, part in enumerate(parts):
            if not _no_name(tokens, part, lex, titles):
                yield part, parts, n_part, stripped


def _opens_no_name(run: list[int], tokens: list[Token], lex: Lexicon, lower_vocab: set[str]
                   ) -> bool:
    """Whether the run's first word is no part of the name that follows (or is none)."""
    tok = tokens[run[0]]
    word = tok.text
    if word.lower() in lex.stop:
        return True
    if tok.acronym:
        return False
    nxt = tokens[run[1]].text if len(run) > 1 else None
    if lex.english:  # (the Polish dictionary's readings below say nothing of English words)
        return english_opens_no_name(tok, word.lower() in lower_vocab, nxt)
    if nxt and (is_ethnonym(word) or is_role_noun(word) or (
            demonym_country(word) and not is_first_name(word))):
        # "Brytyjczyk Stephen Huyton", "Przewodniczący Tusk": a nationality or a role before
        # a name is not part of it (the role is kept, see make_mention).
        return True
    if nxt and tok.sentence_initial and lemmas(word) & lex.cues["place"] \
            and not lemmas(word) & lexicon.words("entities", "place_heads") \
            and not any(a.pos in ADJ_POS for a in analyse(nxt)):
        # "Wioska Ittanwali była...": a sentence-initial "village" or "town" says what the
        # place is (but "Państwo Islamskie", "Miasto Stołeczne": an adjective makes the noun
        # part of the name).
        return True
    readings = analyse(word)
    common = is_common_word(word) or (tok.sentence_initial and (
        word.lower() in lower_vocab or word.lower() in lex.sentence_common or
        weak_name_at_sentence_start(word)))
    # "Wielka Brytania", "Zjednoczone Królestwo" at a sentence start: an adjective before a
    # proper noun belongs to the name.
    adjective_of_name = nxt and any(a.pos in ADJ_POS for a in readings) and any(
        a.proper for a in analyse(nxt))
    # "Europejski Trybunał Sprawiedliwości orzekł": an adjective before an institution's
    # head noun belongs to the name.
    adjective_of_head = nxt and head_kind(nxt) and all(a.pos in ADJ_POS for a in readings)
    if tok.sentence_initial and common and not adjective_of_name and \
            not adjective_of_head and not (nxt and head_kind(word)):
        return True
    if readings and not any(a.pos in NOUN_POS or a.pos in ADJ_POS for a in readings):
        return True  # Capitalised pronouns and verbs ("Swoje", "Jedzie") name no one.
    if nxt and any(not a.proper for a in readings) and is_first_name(nxt) and \
            not is_first_name(word):
        return True  # A title before a first name: "Prorok Mahomet", "Papież Franciszek".
    return bool(common and all(a.pos == "adj" for a in readings) and nxt
                and head_kind(nxt) is None and tok.sentence_initial)


def _no_name(tokens: list[Token], part: list[int], lex: Lexicon, titles: set[str]) -> bool:
    """A stop word, an ethnonym, a single letter, a Roman numeral or a title alone."""
    first = tokens[part[0]]
    words = [tokens[i].text for i in part]
    if len(words) == 1:
        word = words[0]
        if word.lower() in lex.stop or (is_ethnonym(word) and not demonym_country(word)) or \
                (not first.acronym and len(word) < 2) or ROMAN.match(word):
            return True  # (XIV: a numeral, not a name)
    # "President | Joe Biden", "Foreign Minister": a title, no name.
    return all(w.lower() in titles for w in words)


def make_mention(article: Article, tokens: list[Token], part: list[int], parts: list[list[int]],
                 n_part: int, stripped: list[int], lex: Lexicon, kind: str | None = None,
                 bounds: tuple[int, int] | None = None) -> RawMention:
    """The mention of the name at token indexes ``part``, with the cues around it;
    ``bounds``: its characters, when they reach past its words (an abbreviation's dot)."""
    first, last = tokens[part[0]], tokens[part[-1]]
    start, end = bounds or (first.start, last.end)
    nxt = part[-1] + 1
    if bounds is None and nxt < len(tokens) and tokens[nxt].text == "." and \
            tokens[nxt].start == end and last.text[:1].isupper() and \
            last.text.lower() in _lex()["name_abbreviations"]:
        end = tokens[nxt].end  # "Korea Płn.": the abbreviation's full stop is the name's
    words = tuple(tokens[i].text for i in part)
    prev = tokens[part[0] - 1] if part[0] >= 1 else None
    kind_cue, media = _cues_before(tokens, part[0], lex)
    if lex.english and kind_cue is None:
        kind_cue = english_cue(tokens, part[0], part[-1])
    role = None
    if len(parts) == 1:
        role = role_before(tokens, part[0], stripped)
    elif n_part == 0 and kind_cue == "person" and role_before(tokens, part[0], stripped):
        # "szef Gazoprzesyłu | Ołeh Nazarczuk": the role is the person's after the body.
        kind_cue = None
    elif n_part > 0:
        # "Prezydent Kazachstanu | Kasym-Żomart Tokajew": the genitive cut off
        # before the name completes the role of the person after it.
        base = role_before(tokens, parts[0][0], stripped)
        if base:
            cut_off = " ".join(tokens[i].text for i in parts[n_part - 1])
            role = f"{base.split(' ')[0]} {cut_off}"
            kind_cue = kind_cue or "person"
    if role is None and (len(parts) == 1 or article.language == "en"):
        role = role_around(tokens, part[0], part[-1], article.language)
    if first.acronym or (common_noun(words[0]) and
                         all(map(is_common_word, words[1:]))):
        # "szef KPRM", "lider Platformy Obywatelskiej": a role noun before an
        # acronym or common words names what the person heads, not the person
        # (but "premier Nikol Paszynian": a nicol prism is a common noun too).
        role = None
        kind_cue = None if kind_cue == "person" else kind_cue
    return RawMention(
        article=article.id, start=start, end=end,
        text=article.body[start:end], tokens=words,
        sentence_initial=first.sentence_initial, kind_cue=kind_cue,
        media_cue=media, role=role,
        expansion_of=None if first.acronym else _acronym_after(tokens, part[-1]),
        prev_word=prev.text.lower() if prev is not None and prev.is_word else None,
        tagger_kind=kind,
    )


def _cues_before(tokens: list[Token], first: int, lex: Lexicon) -> tuple[str | None, bool]:
    """The kind the word before a name says ("miasto", "firma", "prezydent"; it may stand one
    word further back: "linie lotnicze Aeroflot"), and whether that word cites a source
    ("korespondent TASS", "podaje PAP")."""
    if first >= 2 and tokens[first - 1].text == "." and \
            tokens[first - 2].text.lower() in lexicon.words("entities", "abbreviations"):
        first -= 1  # "ul. Mickiewicza", "prof. Nowak": the abbreviation is the word before
    prev = tokens[first - 1] if first >= 1 else None
    prev_lemmas = lemmas(prev.text) if prev is not None and prev.is_word else set()
    prev2 = tokens[first - 2] if first >= 2 else None
    cue_lemmas = prev_lemmas | (lemmas(prev2.text) if prev2 is not None and
                                prev2.is_word and prev is not None and
                                prev.is_word else set())
    kind_cue = None
    for cue_kind, words in lex.cues.items():
        if cue_lemmas & words:
            kind_cue = cue_kind
    media = bool(prev_lemmas & lex.media_cues) or bool(
        prev_lemmas & lex.media_verbs and prev is not None and
        prev.end + 1 == tokens[first].start)
    return kind_cue, media


def _acronym_after(tokens: list[Token], last: int) -> str | None:
    """The acronym in brackets right after a name: "Organizacji ... (ros. ODKB)" or "Partii
    ... (UKIP)" hold the acronym alone, or after a language's abbreviation; "z Unią (i USA)"
    expands nothing."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return None
    inside = []
    k = last + 2
    while k < len(tokens) and tokens[k].text != ")" and k < last + 6:
        inside.append(tokens[k])
        k += 1
    closed = k < len(tokens) and tokens[k].text == ")"
    abbreviations = lexicon.words("entities", "abbreviations")
    if closed and inside and inside[-1].acronym and (
            len(inside) == 1 or (len(inside) == 3 and inside[1].text == "." and
                                 inside[0].text.lower() in abbreviations)):
        return inside[-1].text
    return None
