"""The dossier's data model: frozen values that flow one way, ingest -> extract -> link -> emit.

Spans (start, end) are character offsets into ``Article.body``: the text its page shows, before
any link is added. Every mention, event and quote can so be traced to the exact words.
"""

from __future__ import annotations

import calendar
import operator
import re
from dataclasses import dataclass, field, fields

PRECISIONS = ("year", "month", "day")


def pickled_by_fields(cls):
    """A frozen, slotted dataclass pickles through a generic per-field state hook, slow for
    the hundreds of thousands of values a dossier holds (the build state, the extraction
    cache): pickled as a call of the class with its fields, it saves and loads about twice
    as fast."""
    names = [f.name for f in fields(cls)]
    # attrgetter of several names returns their values as a tuple, in one C call.
    values = operator.attrgetter(*names) if len(names) > 1 else \
        (lambda obj, name=names[0]: (getattr(obj, name),))

    def __reduce__(self):
        return cls, values(self)
    cls.__reduce__ = __reduce__
    return cls
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a year, a month or a day (ISO 8601 truncated to what is known)."""

    year: int
    month: int | None = None
    day: int | None = None
    inferred: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} out of range")
        if self.month is None and self.day is not None:
            raise ValueError("a day without a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month or 1)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day {self.day} out of range for {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str, inferred: bool = False) -> PartialDate:
        """Parse ``2022``, ``2022-01`` or ``2022-01-06``; raise ValueError on anything else."""
        m = _DATE_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None, inferred)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def to_json(self) -> dict:
        return {"value": self.value, "precision": self.precision, "inferred": self.inferred}


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article as its page shows it.

    kind: paragraph | heading | caption | post. ``start``/``end`` locate ``text`` in the body.
    Captions carry ``credit``; embedded posts carry ``author``, ``date`` and ``links``.
    """

    kind: str
    text: str
    start: int
    end: int
    credit: str | None = None
    author: str | None = None
    date: PartialDate | None = None
    links: tuple[str, ...] = ()
    stamp: str | None = None  # a post's date stamp as written ("January 6, 2022")

    @property
    def anchor(self) -> str:
        # The paragraph anchor is the body offset: stable for the same text and unique per page.
        return f"p{self.start}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SeeAlso:
    """A "see also" line (ZOBACZ: ...): the title of another story, optionally its URL."""

    title: str
    url: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str  # path of the input file, relative to the content folder (POSIX separators)
    title: str
    title_derived: bool
    language: str
    date: PartialDate | None
    byline: str | None
    blocks: tuple[Block, ...]
    see_also: tuple[SeeAlso, ...] = ()
    tags: tuple[str, ...] = ()
    source_url: str | None = None
    outlet: str | None = None
    content_hash: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def url(self) -> str:
        return f"articles/{self.id}/"

    @property
    def page_path(self) -> str:
        return f"articles/{self.id}.md"

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem with one input file: shown to the user, fatal only under --strict."""

    path: str
    message: str
    line: int | None = None
    level: str = "warning"  # warning | error

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{self.level}: {where}: {self.message}"


def event_order(event: Event) -> tuple:
    """The timeline's order: by date, then where the event stands."""
    return (event.date.sort_key(), event.article, event.start, event.id)


def quote_order(quote: Quote) -> tuple:
    return (quote.article, quote.start)


@dataclass(slots=True)
class Dossier:
    """Everything the site is built from, gathered before anything is written."""

    title: str
    language: str
    articles: list[Article] = field(default_factory=list)
    actors: list = field(default_factory=list)
    events: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _by_id: dict = field(default_factory=dict, repr=False, compare=False)
    _actor_by_id: dict = field(default_factory=dict, repr=False, compare=False)

    def actor(self, actor_id: str):
        if len(self._actor_by_id) != len(self.actors):
            self._actor_by_id.clear()
            self._actor_by_id.update((a.id, a) for a in self.actors)
        return self._actor_by_id[actor_id]

    def article(self, article_id: str) -> Article:
        if len(self._by_id) != len(self.articles):
            self._by_id.clear()
            self._by_id.update((a.id, a) for a in self.articles)
        return self._by_id[article_id]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | organization | place
    role: str | None  # "media" for news agencies and outlets cited as sources
    aliases: tuple[str, ...]
    forms: tuple[str, ...]
    mentions: tuple[Mention, ...]
    roles: tuple[str, ...] = ()  # descriptions from appositions: "prezydent Kazachstanu"
    description: str | None = None  # the editor's, from content/
    curated: bool = False
    articles: tuple[str, ...] = ()  # ids of the articles that mention the actor, sorted
    # Each role with each article that gives it (role, article id), sorted: a role is kept
    # with its date, for a person holds a role for a time.
    role_sources: tuple[tuple[str, str], ...] = ()

    @property
    def url(self) -> str:
        return f"actors/{self.id}/"

    @property
    def page_path(self) -> str:
        return f"actors/{self.id}.md"

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "aliases": list(self.aliases),
            "forms": list(self.forms),
            "url": self.url,
            "mentions": [m.to_json() for m in self.mentions],
            "roles": list(self.roles),
            "role_sources": [{"role": r, "article": a} for r, a in self.role_sources],
            "description": self.description,
        }


WEEKDAYS_PL = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    id: str
    article: str
    date: PartialDate
    weekday: int | None  # 0 = Monday; the weekday the text named
    cue: str
    start: int  # the sentence that states the event, as body offsets
    end: int
    text: str
    actors: tuple[str, ...]
    cue_start: int = 0

    def to_json(self) -> dict:
        date = {"value": self.date.value, "precision": self.date.precision}
        if self.weekday is not None:
            date["weekday"] = WEEKDAYS_PL[self.weekday]
        return {"id": self.id, "article": self.article, "date": date, "cue": self.cue,
                "text": self.text, "actors": list(self.actors), "start": self.start,
                "end": self.end}


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    article: str
    speaker: str | None  # actor id
    speaker_text: str | None
    text: str
    start: int
    end: int
    # statement: words said; term: a phrase of under four words a speaker used ("gangi
    # terrorystyczne"), shown apart from the statements.
    kind: str = "statement"

    @property
    def id(self) -> str:
        return f"{self.article}-q{self.start}"

    def to_json(self) -> dict:
        return {"article": self.article, "speaker": self.speaker,
                "speaker_text": self.speaker_text, "text": self.text, "start": self.start,
                "end": self.end, "kind": self.kind}
