"""Every internal link and anchor of the built site resolves."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import pytest

from conftest import ROOT
from sitetools import build_copy


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_copy(ROOT, tmp_path_factory.mktemp("links") / "project")


def _parse(path: Path) -> _Collector:
    c = _Collector()
    c.feed(path.read_text("utf-8"))
    return c


def test_no_broken_internal_links_or_anchors(site):
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, collected in pages.items():
        base = "http://site/" + page.relative_to(site).as_posix()
        for href in collected.links:
            url = urljoin(base, href)
            parsed = urlparse(url)
            if parsed.netloc != "site":
                continue
            target_url, fragment = urldefrag(url)
            rel = unquote(urlparse(target_url).path).lstrip("/")
            target = site / rel
            if target.is_dir() or rel == "" or rel.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href} (no {rel})")
                continue
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if fragment not in ids:
                    broken.append(f"{page.relative_to(site)} -> {href} (no #{fragment})")
    assert not broken, "\n".join(broken[:30])
    assert len(pages) > 30  # articles, profiles, indexes: the check saw the whole site


def test_article_mentions_link_to_profiles(site):
    html = (site / "articles" / "000_fa6e131e1ecad4e0" / "index.html").read_text("utf-8")
    assert re.search(r'<a href="../../actors/kasym-zomart-tokajew/">Kasym-Żomart Tokajew</a>',
                     html)
