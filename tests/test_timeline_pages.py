"""A long timeline is a page per month under an index of months (emit/timeline.py): each
event on exactly one month page, the index linking every month, and MkDocs (strict) happy
with every link. Tried on the seeds with the one-page limit lowered."""

import re

from dossier import emit
from dossier.cli.main import main
from dossier.config import load_project
from dossier.emit import timeline
from dossier.build.pipeline import build_dossier


def test_small_timeline_is_one_page(project):
    dossier = build_dossier(load_project(project))
    pages = timeline.render_timeline(dossier)
    assert [p.path for p in pages] == ["timeline/index.md"]
    assert pages[0].text.count("\n- **") == len(dossier.events)


def test_long_timeline_is_a_page_per_month(project, monkeypatch):
    monkeypatch.setattr(timeline, "MAX_EVENTS_ON_ONE_PAGE", 3)
    dossier = build_dossier(load_project(project))
    pages = {p.path: p.text for p in emit.render_pages(dossier, workers=1)}
    months = sorted(p for p in pages if re.fullmatch(r"timeline/\d{4}(-\d{2})?\.md", p))
    assert months == ["timeline/2022-01.md"]
    index = pages["timeline/index.md"]
    listing = index.split("</figure>")[-1]  # after the chart: a line per year, its months
    assert "articles/" not in listing  # the events are on the month pages, not here
    assert f"- **2022:** [styczeń](2022-01.md) ({len(dossier.events)})" in listing
    for month in months:
        assert f"]({month.split('/')[1]})" in listing
    events_listed = sum(pages[m].count("\n- **") for m in months)
    assert events_listed == len(dossier.events)
    # The real build: MkDocs in strict mode fails on any link it cannot resolve.
    assert main(["build", "--project", str(project), "--quiet"]) == 0
    built = project / "site" / "timeline" / "2022-01" / "index.html"
    assert built.is_file() and "Tokajew" in built.read_text("utf-8")


def test_month_only_events_stand_apart_after_the_days(project):
    """Seed 000 is dated only to the month: its events are listed under 'styczeń 2022,
    dzień nieznany', after the days of seed 001's events, without the weekday its cue names
    again; the chart draws them once for the month, not as a bar per event."""
    dossier = build_dossier(load_project(project))
    text = timeline.render_timeline(dossier)[0].text
    headings = re.findall(r"^#{2,3} (.+)$", text, re.M)
    assert headings[-1] == "styczeń 2022, dzień nieznany"
    assert headings.index("styczeń 2022, dzień nieznany") > headings.index(
        "6 stycznia 2022 (czwartek)")
    unknown = text.split("### styczeń 2022, dzień nieznany", 1)[1]
    month_only = [e for e in dossier.events if e.date.precision != "day"]
    assert month_only and unknown.count("\n- **") == len(month_only)
    assert "(dzień nieznany" not in text and "_(czwartek)_" not in text
    chart = text.split("</figure>")[0]
    assert chart.count('class="dossier-band"') == 1
    assert f"{len(month_only)} × dzień nieznany" in chart
