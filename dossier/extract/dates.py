"""Date expressions in Polish and English, resolved the way a reader resolves them: against
the article's date, and no more precisely than that date allows."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from .. import lexicon
from ..model import Article, PartialDate, pickled_by_fields
from .date_merge import merge_expressions
from .tense import FUTURE, LAST, NEXT, PRESENT, tense_at


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int  # body offsets
    end: int
    cue: str
    kind: str  # absolute | month | year | weekday | relative | last_week | next_week | after
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days, months or years; on a date, years from the article's


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: PartialDate
    weekday: int | None  # the weekday the text named, kept where the day is unknown


def _lex():
    return lexicon.load("dates")


# English month names stand alone as dates ("in April", "April"); "May" and "March" are also
# words, so alone they are left out.
_EN_MONTHS = ("January", "February", "April", "June", "July", "August", "September",
              "October", "November", "December")


def _alternation(words) -> str:
    """A regex matching any of ``words``, written as a trie ("sty(?:czeń|cznia|czniu)"):
    Python's re tries alternatives one by one, so shared prefixes are matched once."""
    trie: dict = {}
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        options = []
        for ch in sorted(node, key=lambda c: (c == "", c)):
            options.append("" if ch == "" else re.escape(ch) + emit(node[ch]))
        if len(options) == 1:
            return options[0]
        optional = "" in options
        alts = [o for o in options if o]
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else f"(?:{'|'.join(alts)})"
        return body + "?" if optional else body

    return emit(trie)


@functools.cache  # compiled once, on first use
def _patterns() -> list[tuple[str, re.Pattern]]:
    lex = _lex()
    months = _alternation(lex["months"])
    weekdays = _alternation(lex["weekdays"])
    parts = _alternation(lex["day_parts"])
    rel = _alternation(lex["relative_days"])
    nums = _alternation(lex["numbers"])
    flags = re.IGNORECASE
    return [
        ("night", re.compile(rf"\b(?:całą |cała )?noc(?:y)? ze? (?P<wd>{weekdays}) na "
                             rf"(?P<wd2>{weekdays})\b", flags)),
        ("dmy", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
        ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
        ("mdy", re.compile(rf"\b(?P<mn>{months})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? "
                           r"(?P<y>\d{4})\b", flags)),
        ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mn>{months})\b"
                          r"(?: (?P<y>\d{4})\b)?", flags)),
        ("md", re.compile(rf"\b(?P<mn>{months})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                          r"(?![.,]?\d)", flags)),
        ("rel_year", re.compile(r"\b(?:(?P<rw>(?:earlier |later )?this|last|next|past|"
                                r"w (?:tym|zeszłym|ubiegłym|przyszłym|bieżącym)|"
                                r"tego|bieżącego|zeszłego|ubiegłego|przyszłego) "
                                r"(?:year|roku)\b|(?P<br>br\.))", flags)),
        ("rel_month", re.compile(r"\b(?P<rw>(?:earlier |later )?this|last|next|"
                                 r"w (?:tym|zeszłym|ubiegłym|przyszłym|bieżącym)) "
                                 r"(?:month|miesiącu)\b", flags)),
        ("in_month", re.compile(rf"\b(?:w|in) (?P<mn>{months})(?: (?P<y>\d{{4}}))?\b", flags)),
        ("month_year", re.compile(rf"\b(?P<mn>{months}) (?P<y>\d{{4}})\b", flags)),
        ("in_days", re.compile(rf"\b(?:za|in) (?P<n>\d{{1,2}}|{nums}) (?:dni|dnia|dzień|"
                               r"days?)\b", flags)),
        ("in_week", re.compile(r"\b(?:za tydzień|in a week|a week from (?:now|today))\b",
                               flags)),
        ("ago", re.compile(rf"\b(?P<n>\d{{1,2}}|{nums}) (?:dni|dnia|dzień|days?) "
                           r"(?:temu|ago)\b", flags)),
        ("last_week", re.compile(r"\b(?:w (?:zeszłym|ubiegłym|poprzednim) tygodniu|"
                                 r"last week)\b", flags)),
        ("next_week", re.compile(r"\b(?:w przyszłym tygodniu|next week)\b", flags)),
        ("after", re.compile(r"\b(?:dzień później|następnego dnia|a day after|"
                             r"the next day|the following day)\b", flags)),
        ("weekday", re.compile(rf"\b(?:(?:w|we|on|last|this|od|do|z|ze|na) )?"
                               rf"(?P<wd>{weekdays})\b(?: (?P<part>{parts})\b)?", flags)),
        ("relative", re.compile(rf"\b(?P<rel>{rel})\b", flags)),
        ("year", re.compile(r"\b(?:w|in|since|od|do|of|by|until|before|after|from|to|"
                            r"during) (?P<y>(?:19|20)\d{2})(?: (?:roku|r\.))?(?![\d,.]\d)",
                            flags)),
        ("bare_year", re.compile(r"(?<![\d.,$€£-])\b(?P<y>(?:19|20)\d{2})\b"
                                 r"(?:(?= ?(?:roku|r\.|[,.;)]|$)))", flags)),
        ("month_alone", re.compile(rf"\b(?P<mn>{_alternation(_EN_MONTHS)})\b")),
    ]


@functools.cache  # compiled once, on first use
def _lower_patterns() -> list[tuple[str, re.Pattern, bool]]:
    """The patterns that ignore case, compiled to match lower-cased text instead: the same
    matches, found about twice as fast (case-insensitive alternations defeat the regex
    engine's first-character scan). (kind, pattern, whether it reads the lower-cased text)."""
    return [
        (kind, re.compile(p.pattern, p.flags & ~re.IGNORECASE), True)
        if p.flags & re.IGNORECASE else (kind, p, False) for kind, p in _patterns()]


def find_expressions(text: str, offset: int = 0) -> list[DateExpr]:
    """Every date expression in ``text`` (offsets shifted by ``offset``), left to right;
    where two overlap, the earlier pattern in the list (the more specific) wins."""
    lex = _lex()
    months, weekdays = lex["months"], lex["weekdays"]
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    if len(lower) == len(text):  # lower-casing kept every offset (it does, but for rare letters)
        patterns = _lower_patterns()
    else:
        patterns = [(kind, p, False) for kind, p in _patterns()]
    for kind, pattern, on_lower in patterns:
        for m in pattern.finditer(lower if on_lower else text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groupdict()
            cue = text[s:e]
            expr = None
            if kind in ("rel_year", "rel_month"):
                word = (g["rw"] or g.get("br") or "").lower()
                step = 1 if ("next" in word or "przyszł" in word or "later" in word) else \
                    -1 if any(w in word for w in ("last", "past", "zeszł", "ubiegł")) else 0
                expr = DateExpr(s + offset, e + offset, cue, kind, offset=step)
                found.append(expr)
                taken.append((s, e))
                continue
            if kind == "month_alone":
                expr = DateExpr(s + offset, e + offset, cue, "month", None, months[g["mn"].lower()])
                found.append(expr)
                taken.append((s, e))
                continue
            if kind in ("dmy", "iso", "mdy", "dm", "md"):
                month = int(g["m"]) if g.get("m") else months.get(g["mn"].lower())
                if month is None:
                    continue
                # English "May" alone is a month only with a day and year around it.
                expr = DateExpr(s + offset, e + offset, cue, "absolute",
                                int(g["y"]) if g.get("y") else None, month, int(g["d"]))
            elif kind in ("in_month", "month_year"):
                if kind == "month_year" and g["mn"].lower() in ("may", "mar", "jun", "jan"):
                    continue
                expr = DateExpr(s + offset, e + offset, cue, "month",
                                int(g["y"]) if g.get("y") else None, months[g["mn"].lower()])
            elif kind in ("year", "bare_year"):
                expr = DateExpr(s + offset, e + offset, cue, "year", int(g["y"]))
            elif kind == "night":
                # The night from Wednesday to Thursday began on Wednesday.
                expr = DateExpr(s + offset, e + offset, cue, "weekday",
                                weekday=weekdays[g["wd"].lower()])
            elif kind == "weekday":
                expr = DateExpr(s + offset, e + offset, cue, "weekday",
                                weekday=weekdays[g["wd"].lower()])
            elif kind == "relative":
                days = lex["relative_days"].get(g["rel"].lower())
                if days is None:
                    continue
                expr = DateExpr(s + offset, e + offset, cue, "relative", offset=days)
            elif kind in ("ago", "in_days"):
                n = g["n"]
                days = int(n) if n.isdigit() else lex["numbers"].get(n.lower())
                if days is None:
                    continue
                expr = DateExpr(s + offset, e + offset, cue, "relative",
                                offset=-days if kind == "ago" else days)
            elif kind == "in_week":
                expr = DateExpr(s + offset, e + offset, cue, "relative", offset=7)
            elif kind in ("last_week", "next_week"):
                expr = DateExpr(s + offset, e + offset, cue, kind)
            elif kind == "after":
                expr = DateExpr(s + offset, e + offset, cue, "after", offset=1)
            if expr is not None:
                found.append(expr)
                taken.append((s, e))
    return merge_expressions(sorted(found, key=lambda x: x.start), text, offset)


@functools.cache
def _future_pattern() -> re.Pattern:
    markers = sorted(_lex()["future_markers"], key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, markers)) + r")\b")


def is_future(sentence: str) -> bool:
    return _future_pattern().search(sentence.lower()) is not None


def is_future_at(text: str, start: int, end: int, window: int = 40) -> bool:
    """Whether the words near a date expression, up to a comma, name the future ("zostaną",
    "planuje", "will"): what is left to go by where no verb tells the tense (tense_at)."""
    left = text[max(0, start - window):start]
    right = text[end:end + window]
    left = re.split(r"[,;:.!?]", left)[-1]
    right = re.split(r"[,;:.!?]", right)[0]
    return is_future(f"{left} {right}")


def direction_at(text: str, start: int, end: int, language: str = "pl") -> str | None:
    """past, present or future: the tense of the clause around a date expression (see
    tense.py), else future where its words say so, else None (read as the past: news)."""
    tense = tense_at(text, start, end, language)
    if tense is None and is_future_at(text, start, end):
        return FUTURE
    return tense


def _partial(day: dt.date, inferred: bool = False) -> PartialDate:
    return PartialDate(day.year, day.month, day.day, inferred)


def _nearest_year(anchor: PartialDate | None, month: int, day: int) -> int | None:
    """A day and month without a year fall in the year that puts them nearest the article's
    date ("Nov. 25" in an article of 3 January 2000 is 1999)."""
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    ref = dt.date(anchor.year, anchor.month, anchor.day or 15)

    def distance(year: int) -> int:
        try:
            return abs((dt.date(year, month, min(day, 28)) - ref).days)
        except ValueError:
            return 10**6
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


def _stated_year(expr: DateExpr, anchor: PartialDate | None) -> int | None:
    """The year a date names relative to the article ("w lutym tego roku"), whatever month
    would be nearer (see date_merge)."""
    if expr.offset is None or anchor is None:
        return None
    return anchor.year + expr.offset


def resolve(expr: DateExpr, anchor: PartialDate | None, tense: str | None = None,
            previous: PartialDate | None = None) -> ResolvedDate | None:
    """The date an expression stands for, given the article's date (``anchor``) and the
    tense of its clause (direction_at): a weekday in the past is the last such day up to the
    article's, in the future the next one after it, in the present the next from that day
    on ("w piątek premier leci do Brukseli")."""
    try:
        if expr.kind == "absolute":
            year = expr.year or _stated_year(expr, anchor) or \
                _nearest_year(anchor, expr.month, expr.day)
            if year is None:
                return None
            return ResolvedDate(PartialDate(year, expr.month, expr.day), None)
        if expr.kind == "month":
            year = expr.year or _stated_year(expr, anchor) or \
                _nearest_year(anchor, expr.month, 15)
            return ResolvedDate(PartialDate(year, expr.month), None) if year else None
        if expr.kind == "year":
            return ResolvedDate(PartialDate(expr.year), None)
    except ValueError:
        return None  # 31 February and the like: not a date
    if anchor is None:
        return None
    if expr.kind == "rel_year":
        return ResolvedDate(PartialDate(anchor.year + expr.offset), None)
    if expr.kind == "rel_month":
        if anchor.month is None:
            return None
        index = anchor.year * 12 + anchor.month - 1 + expr.offset
        return ResolvedDate(PartialDate(index // 12, index % 12 + 1), None)
    if anchor.precision != "day":
        # The day cannot be known: keep the article's precision and the weekday named.
        if expr.kind in ("weekday", "relative", "after"):
            return ResolvedDate(PartialDate(anchor.year, anchor.month), expr.weekday)
        return ResolvedDate(PartialDate(anchor.year, anchor.month), None)
    base = dt.date(anchor.year, anchor.month, anchor.day)
    if expr.kind == "weekday":
        # The article's own weekday is that very day ("w poniedziałek rano dotrze" in the
        # morning's paper), ahead or behind; the one a week off only when the text says so.
        delta = (base.weekday() - expr.weekday) % 7
        if tense == NEXT:
            delta = -((expr.weekday - base.weekday()) % 7 or 7)
        elif tense in (FUTURE, PRESENT):
            delta = -((expr.weekday - base.weekday()) % 7)
        elif tense == LAST:
            delta = delta or 7
        return ResolvedDate(_partial(base - dt.timedelta(days=delta)), expr.weekday)
    if expr.kind == "relative":
        return ResolvedDate(_partial(base + dt.timedelta(days=expr.offset)), None)
    if expr.kind in ("last_week", "next_week"):
        # A week is coarser than a day: the month it falls in is what can be said.
        day = base + dt.timedelta(days=-7 if expr.kind == "last_week" else 7)
        return ResolvedDate(PartialDate(day.year, day.month), None)
    if expr.kind == "after":
        if previous is None or previous.precision != "day":
            return None
        day = dt.date(previous.year, previous.month, previous.day) + dt.timedelta(days=1)
        return ResolvedDate(_partial(day), None)
    return None


def article_expressions(article: Article) -> list[DateExpr]:
    out = []
    for block in article.blocks:
        if block.kind in ("paragraph", "post"):
            out.extend(find_expressions(block.text, block.start))
    return out


def infer_article_date(article: Article, expressions: list[DateExpr]) -> Article:
    """A header with only a month gets its day when the text anchors it: the latest dated
    embedded post (or full date in the text) within that month, confirmed by the text naming
    that day's weekday in the past ("w czwartek" under a post of Thursday 6 January 2022)."""
    header = article.date
    if header is not None and header.precision == "day":
        return article
    anchors: list[dt.date] = []
    for block in article.blocks:
        if block.kind == "post" and block.date and block.date.precision == "day":
            anchors.append(dt.date(block.date.year, block.date.month, block.date.day))
    for expr in expressions:
        if expr.kind == "absolute" and expr.year:
            try:
                anchors.append(dt.date(expr.year, expr.month, expr.day))
            except ValueError:
                continue
    if header is not None:
        anchors = [a for a in anchors if a.year == header.year and
                   (header.month is None or a.month == header.month)]
    if not anchors:
        return article
    latest = max(anchors)
    body = article.body
    for expr in expressions:
        if expr.kind == "weekday" and expr.weekday == latest.weekday():
            block = article.block_at(expr.start)
            if block is not None and direction_at(body, expr.start, expr.end,
                                                  article.language) not in (FUTURE, NEXT):
                return replace(article, date=_partial(latest, inferred=True))
    return article
