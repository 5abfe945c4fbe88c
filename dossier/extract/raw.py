"""What extraction hands on to the link stage: each name found in an article, with the cues
the linker reads around it (the names are not yet lemmatised across the dossier: that needs
every article)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RawMention:
    article: str
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    sentence_initial: bool
    kind_cue: str | None = None  # person | organization | place, from the word before
    media_cue: bool = False  # "korespondent TASS", "podaje PAP"
    role: str | None = None  # "prezydent Kazachstanu"
    expansion_of: str | None = None  # for "Expansion (ACR)": the acronym it expands
    prev_word: str | None = None  # the word right before, lower case ("w Ałmatach")
    # The name tagger's kind, when the tagger found the name. (Not its confidence, which
    # decides here whether the name is kept: an edit elsewhere in the article moves it.)
    tagger_kind: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    article: str
    mentions: tuple[RawMention, ...]
