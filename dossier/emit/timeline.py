"""The timeline page, actors' own timelines, and the chart drawn at build time as SVG (it needs
no script and no network)."""

from __future__ import annotations

import datetime as dt

from ..ids import relative_link, site_href
from ..model import Dossier, Event, PartialDate
from .articles import month_of
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, html_text, md_escape

TIMELINE = "timeline/index.md"


def _event_line(event: Event, dossier: Dossier, from_page: str, labels: Labels,
                show_actors: bool = True) -> str:
    article = dossier.article(event.article)
    block = article.block_at(event.start)
    href = relative_link(from_page, article.page_path, block.anchor if block else None)
    line = f"- **{md_escape(event.cue)}**{_weekday_note(event, labels)} — " \
           f"{md_escape(event.text)} [{md_escape(article.title)}]({href})"
    if show_actors and event.actors:
        actors = [dossier.actor(a) for a in event.actors]
        names = [f"[{md_escape(a.name)}]({relative_link(from_page, a.page_path)})"
                 for a in actors]
        line += "  \n  " + ", ".join(names)
    return line


def _weekday_note(event: Event, labels: Labels) -> str:
    """The weekday the text named, for an event whose day is unknown, unless its cue says it
    already ("W czwartek" needs no "(czwartek)")."""
    if event.date.precision == "day" or event.weekday is None:
        return ""
    name = labels.weekday(event.weekday)
    if name.lower()[:4] in event.cue.lower():  # "czwartek", "W czwartek", "czwartku"
        return ""
    return f" _({name})_"


def event_list(events: list[Event], dossier: Dossier, from_page: str,
               show_actors: bool = True, heading: str = "##") -> list[str]:
    """Events grouped by month, then by day; in each month, after its days, the events known
    only to the month under a heading of their own ("styczeń 2022, dzień nieznany"), so they
    neither pass for the first of the month nor crowd the days."""
    labels = Labels(dossier.language)
    by_month: dict[PartialDate, list[Event]] = {}
    for event in events:
        by_month.setdefault(month_of(event.date), []).append(event)
    parts: list[str] = []
    for month, in_month in by_month.items():
        parts.append(f"{heading} {md_escape(labels.date(month))}")
        day = None
        lines: list[str] = []
        for event in (e for e in in_month if e.date.precision == "day"):
            if event.date != day:
                if lines:
                    parts.append("\n".join(lines))
                    lines = []
                weekday = dt.date(event.date.year, event.date.month, event.date.day).weekday()
                parts.append(f"{heading}# {md_escape(labels.date(event.date))} "
                             f"({labels.weekday(weekday)})")
                day = event.date
            lines.append(_event_line(event, dossier, from_page, labels, show_actors))
        if lines:
            parts.append("\n".join(lines))
        undated = [e for e in in_month if e.date.precision != "day"]
        if undated:
            unknown = labels["day_unknown"] if month.month else labels["month_unknown"]
            parts.append(f"{heading}# {md_escape(labels.date(month))}, {md_escape(unknown)}")
            parts.append("\n".join(_event_line(e, dossier, from_page, labels, show_actors)
                                   for e in undated))
    return parts


def _day_index(d: PartialDate) -> dt.date:
    return dt.date(d.year, d.month or 1, d.day or 1)


def timeline_svg(events: list[Event], dossier: Dossier, from_page: str,
                 month_pages: bool = False) -> str:
    """A horizontal chart: one column per day, a dot per event (stacked), a band for events
    known only to the month. Each mark links to its article paragraph and has a tooltip."""
    labels = Labels(dossier.language)
    if not events:
        return ""
    days = [_day_index(e.date) for e in events]
    ends = []
    for e in events:
        if e.date.precision == "day":
            ends.append(_day_index(e.date))
        else:
            month_end = (_day_index(e.date).replace(day=28) + dt.timedelta(days=4))
            ends.append(month_end - dt.timedelta(days=month_end.day))
    first, last = min(days), max(ends)
    known = [d for d, e in zip(days, events) if e.date.precision == "day"]
    if known:
        # The axis spans the days events are known on (a day either side), not the whole
        # months of the events known only to their month: those get one mark each.
        pad = dt.timedelta(days=1)
        first, last = min([min(known) - pad] + days), max([max(known) + pad] + days)
        ends = [min(end, last) for end in ends]
    span = max((last - first).days + 1, 1)
    if span > 400:
        # Long dossiers: one column per month keeps the chart readable.
        return _month_svg(events, dossier, from_page, labels, month_pages)
    width_per_day = max(14, min(60, 900 // span))
    left, top, row = 10, 34, 14
    stacks: dict[dt.date, int] = {}
    marks, band_rows = _month_lane(events, ends, first, left, top, width_per_day, labels)
    base = top + band_rows * 14 + 10
    height_needed = base
    for e in events:
        if e.date.precision != "day":
            continue
        d = _day_index(e.date)
        n = stacks.get(d, 0)
        stacks[d] = n + 1
        cx = left + (d - first).days * width_per_day + width_per_day // 2
        cy = base + n * row + 6
        height_needed = max(height_needed, cy + 10)
        marks.append(_mark(e, dossier, from_page, labels, "circle",
                           f'cx="{cx}" cy="{cy}" r="5" class="dossier-dot"'))
    width = left * 2 + span * width_per_day
    ticks = []
    for k in range(span):
        d = first + dt.timedelta(days=k)
        x = left + k * width_per_day
        if d.day == 1 or k == 0 or span <= 31:
            label = f"{d.day}" if span <= 31 and d.day != 1 and k != 0 else \
                f"{d.day} {labels['months_genitive'][d.month - 1][:3]}"
            ticks.append(f'<text x="{x + 2}" y="14" class="dossier-tick">{html_text(label)}</text>')
            ticks.append(f'<line x1="{x}" y1="18" x2="{x}" y2="{height_needed}" '
                         f'class="dossier-grid"/>')
    height = height_needed + 6
    return (f'<figure class="dossier-timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" '
            f'role="img" aria-label="{html_text(labels["chart"])}" width="100%" '
            f'style="min-width: {min(width, 640)}px" viewBox="0 0 {width} {height}">'
            + "".join(ticks) + "".join(marks) + "</svg></figure>")


def _month_lane(events, ends, first, left, top, width_per_day, labels):
    """The events known only to their month, drawn once per month above the days: a thin
    band over the month's columns and a count ("6 × dzień nieznany"), not a bar per event
    that would bury the days under the month. Returns the marks and the rows they take."""
    groups: dict[dt.date, list[int]] = {}
    for i, e in enumerate(events):
        if e.date.precision != "day":
            groups.setdefault(_day_index(e.date), []).append(i)
    marks = []
    for start, members in groups.items():
        start = max(start, first)
        x = left + (start - first).days * width_per_day
        w = ((ends[members[0]] - start).days + 1) * width_per_day
        month = month_of(events[members[0]].date)
        unknown = labels["day_unknown"] if month.month else labels["month_unknown"]
        tip = f"{labels.date(month)}, {unknown}: {len(members)}"
        marks.append(f'<g class="dossier-month-lane"><title>{html_text(tip)}</title>'
                     f'<rect x="{x}" y="{top}" width="{w}" height="4" rx="2" '
                     f'class="dossier-band"/><text x="{x + 2}" y="{top + 13}" '
                     f'class="dossier-tick">{len(members)} × {html_text(unknown)}</text></g>')
    return marks, 1 if groups else 0


def _month_svg(events, dossier, from_page, labels, month_pages: bool) -> str:
    """A bar per month (linked to the month's page, where the timeline has one)."""
    months = sorted({(e.date.year, e.date.month or 1) for e in events})
    index = {m: i for i, m in enumerate(months)}
    counts: dict[tuple[int, int], int] = {}
    for e in events:
        key = (e.date.year, e.date.month or 1)
        counts[key] = counts.get(key, 0) + 1
    peak = max(counts.values())
    pages = {month_page(month_of(e.date)) for e in events}
    bar = 24
    width, height = 20 + len(months) * bar, 140
    parts = []
    for m, n in sorted(counts.items()):
        h = max(4, int(100 * n / peak))
        x = 10 + index[m] * bar
        label = f"{labels['months_nominative'][m[1] - 1]} {m[0]}: {n}"
        rect = (f'<rect x="{x}" y="{120 - h}" width="{bar - 4}" height="{h}" '
                f'class="dossier-dot"><title>{html_text(label)}</title></rect>')
        if month_pages:
            target = month_page(PartialDate(m[0], m[1]))
            if target not in pages:  # events known only to the year, counted in January
                target = month_page(PartialDate(m[0]))
            href = site_href(from_page, target)
            rect = f'<a href="{html_text(href)}">{rect}</a>'
        parts.append(rect)
        if m[1] == 1 or index[m] == 0:
            parts.append(f'<text x="{x}" y="134" class="dossier-tick">{m[0]}</text>')
    return (f'<figure class="dossier-timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" '
            f'role="img" aria-label="{html_text(labels["chart"])}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}">' + "".join(parts) +
            "</svg></figure>")


def _mark(event: Event, dossier: Dossier, from_page: str, labels: Labels, tag: str,
          attrs: str) -> str:
    """One linked mark of the chart with its tooltip (an SVG <title>)."""
    article = dossier.article(event.article)
    block = article.block_at(event.start)
    href = site_href(from_page, article.page_path, block.anchor if block else None)
    tip = f"{labels.date(event.date)} — {event.cue}: {event.text}"
    if len(tip) > 300:
        tip = tip[:297] + "…"
    return (f'<a href="{html_text(href)}"><{tag} {attrs}><title>{html_text(tip)}</title>'
            f"</{tag}></a>")


# Beyond this many events the timeline is a page per month under an index of months: one
# page of every event (12,852 of them for 10,000 articles) is more than a browser shows well.
MAX_EVENTS_ON_ONE_PAGE = 400


def month_page(month: PartialDate) -> str:
    """timeline/2022-01.md; a year-only date's events: timeline/2022.md."""
    if month.month is None:
        return f"timeline/{month.year:04d}.md"
    return f"timeline/{month.year:04d}-{month.month:02d}.md"


def render_timeline(dossier: Dossier) -> list[Page]:
    """The timeline's pages: one, or an index of months and a page per month."""
    labels = Labels(dossier.language)
    parts = [front_matter({"title": labels["timeline"], "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {labels['timeline']}"]
    if not dossier.events:
        parts.append(labels["no_events"])
    elif len(dossier.events) <= MAX_EVENTS_ON_ONE_PAGE:
        parts.append(timeline_svg(dossier.events, dossier, TIMELINE))
        parts += event_list(dossier.events, dossier, TIMELINE)
    else:
        return _render_by_month(dossier, parts, labels)
    return [Page(TIMELINE, "\n\n".join(parts) + "\n")]


def _render_by_month(dossier: Dossier, parts: list[str], labels: Labels) -> list[Page]:
    """The index (the chart, and the months with their counts) and a page per month."""
    by_month: dict[PartialDate, list[Event]] = {}
    for event in dossier.events:  # in timeline order, so each month's list is too
        by_month.setdefault(month_of(event.date), []).append(event)
    pages = []
    years: dict[int, list[str]] = {}  # a line per year: its months, with their counts
    for month, events in by_month.items():
        path = month_page(month)
        title = f"{labels['timeline']}: {labels.date(month)}"
        body = [front_matter({"title": title, "generated_by": "dossier"}),
                GENERATED_NOTE.format(source="content/"), f"# {md_escape(title)}",
                f"[← {md_escape(labels['timeline'])}](index.md)"]
        body += event_list(events, dossier, path)
        pages.append(Page(path, "\n\n".join(body) + "\n"))
        name = labels["months_nominative"][month.month - 1] if month.month else \
            labels["month_unknown"]
        years.setdefault(month.year, []).append(
            f"[{md_escape(name)}]({path.split('/', 1)[1]}) ({len(events)})")
    parts.append(timeline_svg(dossier.events, dossier, TIMELINE, month_pages=True))
    parts.append("\n".join(f"- **{year}:** " + " · ".join(links)
                           for year, links in years.items()))
    return [Page(TIMELINE, "\n\n".join(parts) + "\n")] + pages
