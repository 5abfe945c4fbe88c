"""Generated pages skip Python-Markdown's parse (dossier/site/direct.py): what MkDocs takes from
a page's conversion (its HTML, table of contents, title, anchors, links to other pages'
anchors) equals Python-Markdown's for every page of the default dossier, of SlavicNER
articles and of hostile invented text; the site is the same byte for byte; whatever is
outside the subset goes through Python-Markdown."""

import hashlib

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation

from dossier.build.pipeline import generate, write_generated
from dossier.config import load_project
from dossier.emit.articles import inline as inline_markdown
from dossier.emit.page import GENERATED_NOTE
from dossier.emit.text import md_escape
from dossier.site import direct
from dossier.site.builder import build_site
from dossier.site.plugin import SiteSettings

from conftest import ROOT, SHARED
from sitetools import copy_project

SLAVICNER = SHARED / "corpora" / "slavicner_pl" / "raw"
ARTICLES = 150

# Invented text that tries every way into markup: raw HTML, entities, Markdown's marks at a
# line's start and inside it, a "!" before a name (an image, were it not escaped), links.
HOSTILE = """Tytuł: <script>alert(1)</script> & *Kowalski* [x](javascript:alert(1))

Jan Kowalski powiedział: <img src=x onerror=alert(1)> &amp; &copy; &#60; \\*nie\\* _to_ `kod`.

1. Anna Nowak spotkała Jana Kowalskiego! Warszawa![Warszawa](x) {: #zły } | a | b |

Wiwat!Anna Nowak i Jan Kowalski!Warszawa.

# Nagłówek? > cytat - lista + plus

!!! note "Uwaga" Anna Nowak w Warszawie.

    wcięty tekst Jana Kowalskiego w Krakowie ***
"""


def _fields(page) -> tuple:
    links = None if page.links_to_anchors is None else \
        sorted((f.src_uri, sorted(v.items())) for f, v in page.links_to_anchors.items())
    return (page.content, str(page.toc), page._title_from_render,
            sorted(page.present_anchor_ids), links)


def _compare(project_dir) -> tuple[list[str], list[str]]:
    """Every generated page rendered both ways: (pages that took the direct path, pages
    that fell back to Python-Markdown); asserts the fields are equal for the former."""
    config = load_config(str(project_dir / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    files = get_files(config)
    get_navigation(files, config)
    took, fell = [], []
    for file in files.documentation_pages():
        page = file.page
        page.read_source(config)
        if not page.markdown.lstrip("\n").startswith(direct.GENERATED):
            continue
        page.render(config, files)
        want = _fields(page)
        page.content = page.toc = page.present_anchor_ids = page.links_to_anchors = None
        if direct.render_page(page, config, files):
            assert _fields(page) == want, file.src_uri
            took.append(file.src_uri)
        else:
            fell.append(file.src_uri)
    return took, fell


def _project(tmp_path, texts: dict[str, str] | None = None):
    root = copy_project(ROOT, tmp_path / "p", content=texts is None)
    if texts is not None:
        (root / "content").mkdir()
        for name, text in texts.items():
            (root / "content" / name).write_text(text, "utf-8")
    project = load_project(root)
    write_generated(project, generate(project))
    return project


def test_default_dossier_pages_equal_python_markdown(tmp_path):
    project = _project(tmp_path)
    took, fell = _compare(project.root)
    # Every page dossier generates is in the subset (a page outside it would still be
    # right, through Python-Markdown, but slow: this says when an emitter leaves it).
    assert not fell and len(took) > 20


def test_corpus_pages_equal_python_markdown(tmp_path):
    paths = sorted(SLAVICNER.glob("*/*.txt"))[:ARTICLES]
    assert len(paths) == ARTICLES, f"the SlavicNER corpus is expected in {SLAVICNER}"
    project = _project(tmp_path, {f"{p.parent.name}-{p.stem}.txt": p.read_text("utf-8")
                                  for p in paths})
    took, fell = _compare(project.root)
    assert not fell
    assert sum(u.startswith("articles/") for u in took) == ARTICLES + 1  # and the index
    assert sum(u.startswith("actors/") for u in took) > 100


def test_hostile_text_is_escaped_as_python_markdown_escapes_it(tmp_path):
    project = _project(tmp_path, {"a.txt": HOSTILE, "b.txt": HOSTILE.replace("Tytuł", "Inny")})
    took, _ = _compare(project.root)
    assert {"articles/a.md", "articles/b.md"} <= set(took)
    build_site(project, strict=True, epoch=0, reuse=False,
               settings=SiteSettings(generate=False, workers=1))
    html = (project.site_dir / "articles" / "a" / "index.html").read_text("utf-8")
    article = html[html.index('<h1 id='):html.index('id="actors"')]
    # The text stays text: no element but those dossier writes (no image from "!", no
    # admonition from "!!!", no script or img from the article's own tags).
    assert "<script" not in article and "<img" not in article
    assert 'class="admonition' not in article
    assert "Wiwat!" in article and "&lt;img src=x onerror=alert(1)&gt;" in article


def _site(project, settings: SiteSettings) -> dict[str, bytes]:
    build_site(project, strict=True, epoch=0, reuse=False, settings=settings)
    return {p.relative_to(project.site_dir).as_posix(): hashlib.sha256(p.read_bytes()).digest()
            for p in sorted(project.site_dir.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_site_is_the_same_byte_for_byte(tmp_path, workers):
    project = _project(tmp_path)
    plain = _site(project, SiteSettings(generate=False, workers=workers, min_pages=1,
                                        direct=False))
    fast = _site(project, SiteSettings(generate=False, workers=workers, min_pages=1))
    assert fast == plain and len(fast) > 20


@pytest.mark.parametrize("markdown_text", [
    "Wow![Polska](polska.md) jest tu.\n{: #p0 }",  # an image, in Python-Markdown
    "Tekst *z gwiazdką* tu.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "1\\. a\n\n1. b",  # an ordered list
    "Tekst <b>pogrubiony</b>.",
    "    kod",
    "Tekst\n===",
    "[Polska](polska.md \"tytuł\")",
    "Tekst \\q z ukośnikiem.",
])
def test_what_is_outside_the_subset_goes_through_python_markdown(markdown_text):
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "admonition",
                                       "toc"])
    page = f"<!-- generated by dossier from x.txt -->\n\n{markdown_text}\n"
    assert direct.parse(page, frozenset(md.ESCAPED_CHARS)) is None


def test_a_page_dossier_did_not_write_goes_through_python_markdown():
    assert direct.parse("# Hand-written\n\nText.\n", frozenset("\\")) is None


def _markdown_of(project_root):
    """A new Markdown as MkDocs' Page.render makes it (its raw-HTML preprocessor too)."""
    from mkdocs.structure.pages import _RawHTMLPreprocessor

    config = load_config(str(project_root / "mkdocs.yml"))

    def new():
        md = markdown.Markdown(extensions=config["markdown_extensions"],
                               extension_configs=config["mdx_configs"] or {})
        _RawHTMLPreprocessor()._register(md)
        return md
    return new


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_TEXT, name=_TEXT.filter(str.strip), after=_TEXT)
def test_any_escaped_text_converts_as_python_markdown(before, name, after):
    """Whatever the article says around a linked name, the direct path gives Python-
    Markdown's HTML, or leaves the page to it."""
    new = _markdown_of(ROOT)
    text = " ".join(f"{before}\x00{name}\x00{after}".split())
    before, name, after = (text.split("\x00") + ["", ""])[:3]
    body = inline_markdown(before + name + after, 0,
                           [(len(before), len(before) + len(name), "../actors/x.md")])
    page = (f"{GENERATED_NOTE.format(source='a.txt')}\n\n# {md_escape(name)}\n\n"
            f"{body}\n{{: #p0 }}\n\n- **Etykieta:** {md_escape(after)}\n")
    got = direct.convert(new(), page)
    if got is not None:
        assert got == new().convert(page)


def test_a_failure_of_the_direct_path_leaves_the_page_to_python_markdown(tmp_path, monkeypatch):
    project = _project(tmp_path)
    plain = _site(project, SiteSettings(generate=False, workers=1, direct=False))

    def broken(md, markdown):
        raise ValueError("a bug in the direct path")

    monkeypatch.setattr(direct, "convert", broken)
    assert _site(project, SiteSettings(generate=False, workers=1)) == plain
