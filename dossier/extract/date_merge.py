"""Date expressions that say more together than apart, joined into one: a weekday before its
day and month ("w środę 31 października": the day is stated, the weekday only confirms it),
and a month or day before a year named relative to the article ("w lutym tego roku": the
article's year, not the year that puts February nearest the article's date)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: dates.py imports this module
    from .dates import DateExpr

# Between a weekday and its date: nothing but a space or a comma ("w środę, 31 października").
_WEEKDAY_GAP = re.compile(r",?\s+")
_YEAR_GAP = re.compile(r"\s+")


def _joined(first: DateExpr, second: DateExpr, text: str, offset: int,
            gap: re.Pattern) -> bool:
    return gap.fullmatch(text[first.end - offset:second.start - offset]) is not None


def merge_expressions(found: list[DateExpr], text: str, offset: int) -> list[DateExpr]:
    """``found`` (sorted by start) with each weekday + date and each month or day + relative
    year made one expression spanning both."""
    out: list[DateExpr] = []
    for expr in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "weekday" and expr.kind == "absolute"
                and "noc" not in prev.cue.lower()
                and _joined(prev, expr, text, offset, _WEEKDAY_GAP)):
            out[-1] = replace(expr, start=prev.start,
                              cue=text[prev.start - offset:expr.end - offset],
                              weekday=prev.weekday)
        elif (prev is not None and prev.kind in ("absolute", "month") and prev.year is None
              and prev.offset is None and expr.kind == "rel_year"
              and _joined(prev, expr, text, offset, _YEAR_GAP)):
            # the year is the article's shifted by the step named ("ubiegłego roku": -1)
            out[-1] = replace(prev, end=expr.end,
                              cue=text[prev.start - offset:expr.end - offset],
                              offset=expr.offset)
        else:
            out.append(expr)
    return out
