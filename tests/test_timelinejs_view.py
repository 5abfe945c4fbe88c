"""The TimelineJS export in TimelineJS itself: `dossier export --format timelinejs` of the seed
dossier, loaded by Knight Lab's TimelineJS (vendored in tests/vendor/ by scripts/vendor_npm.py)
in headless Chromium, draws a slide per event and the title slide, with the sentences of the
events, no console error, and no request to another host."""

import html
import json
import shutil

import pytest

from dossier.cli.main import main

from conftest import ROOT
from sitetools import Server
from test_browser import SHOTS, browser  # noqa: F401 (the fixture)

VENDOR = ROOT / "tests" / "vendor" / "timelinejs"


PAGE = """<!doctype html><html lang="pl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script>
</head><body><div id="timeline" style="width: 1000px; height: 600px"></div>
<script src="data.js"></script><script>
window.timeline = new TL.Timeline("timeline", window.DATA,
  {font: null, language: "pl", script_path: new URL("js/", location.href).href});
</script></body></html>"""


@pytest.fixture
def timeline_page(project, tmp_path):
    out = tmp_path / "timeline.json"
    assert main(["export", "--project", str(project), "--format", "timelinejs", "-o", str(out),
                 "-q"]) == 0
    data = json.loads(out.read_text("utf-8"))
    folder = tmp_path / "page"
    shutil.copytree(VENDOR, folder)
    (folder / "data.js").write_text("window.DATA = " + json.dumps(data, ensure_ascii=False)
                                    + ";\n", "utf-8")
    (folder / "index.html").write_text(PAGE, "utf-8")
    server = Server(folder)
    yield server, data
    server.close()


def test_timelinejs_draws_the_export(timeline_page, browser):  # noqa: F811
    server, data = timeline_page
    errors, hosts = [], set()
    page = browser.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(server.url)
    page.wait_for_selector(".tl-slide", state="attached", timeout=30000)
    page.wait_for_timeout(1000)
    slides = page.eval_on_selector_all(".tl-slide", "els => els.length")
    text = page.inner_text("#timeline")
    markers = page.eval_on_selector_all(".tl-timemarker", "els => els.length")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "timelinejs.png"))
    page.close()
    assert slides == len(data["events"]) + 1 and markers == len(data["events"])
    # The title slide shows first; the sentence of each event is in its slide.
    shown = " ".join(text.split())
    assert data["title"]["text"]["headline"] in shown
    headlines = [" ".join(html.unescape(e["text"]["headline"]).split())[:40]
                 for e in data["events"]]
    assert [h for h in headlines if h not in shown] == []
    assert not errors, errors
    assert hosts == {server.url.split("/")[2]}, hosts
