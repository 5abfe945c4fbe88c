"""What a reader of one file format finds (readers.py: text and Markdown; web.py: saved
web pages), before the ingest driver makes it an Article."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import PartialDate
from .metadata import parse_date
from .structure import Structure


@dataclass
class Draft:
    """What a reader found; the ingest driver completes it into an Article."""

    structure: Structure
    title: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    byline: str | None = None
    tags: list[str] = field(default_factory=list)
    source_url: str | None = None
    outlet: str | None = None
    problems: list[tuple[int | None, str]] = field(default_factory=list)


def parse_date_into(value, problems: list, line: int | None) -> PartialDate | None:
    """The date ``value`` gives, or None with the problem added to ``problems``."""
    date, problem = parse_date(value)
    if problem:
        problems.append((line, f"{problem}; the date is ignored"))
    return date
