"""Property tests (Hypothesis): spans always slice to their text, ingest and extraction never
raise on any text, front matter round-trips YAML-hostile strings, Markdown escaping renders
text literally."""

import html

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.emit.text import front_matter, md_escape
from dossier.extract.dates import article_expressions
from dossier.extract.mentions import extract_mentions
from dossier.ingest import article_from_text
from dossier.ingest.readers import read_markdown, read_seed_text
from dossier.link import link_actors
from dossier.link.events import build_events, mentions_in
from dossier.link.quotes import extract_quotes, roles_of

# Text with the characters that matter here: Polish letters, capitals, quotes, dashes,
# slashes, brackets, newlines, markup.
ALPHABET = st.sampled_from(list("abcdeząśćęłńóźżAĄBCĆDEĘŁNŃOÓSŚZŹŻ .,;:!?\"„”'()-–—/\n#*_[]{}<>&|`\\0123456789"))
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)
WORDS = st.sampled_from(["Kowalski", "Warszawie", "Jan", "w", "środę", "powiedział", "ODKB",
                         "Organizacji", "Narodów", "Zjednoczonych", "„To", "koniec”", "-",
                         "dziś", "6 stycznia 2022", "ZOBACZ:", "pdb/PAP", "\n\n", ".", ","])
SENTENCES = st.lists(WORDS, max_size=80).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _pipeline(text: str, reader=read_seed_text):
    try:
        article, _ = article_from_text(text, "a", "a.txt", reader)
    except Exception as exc:  # only the documented refusal is allowed
        assert type(exc).__name__ == "DossierError", exc
        return
    body = article.body
    for block in article.blocks:
        assert body[block.start:block.end] == block.text
    extraction = extract_mentions(article)
    for m in extraction.mentions:
        assert body[m.start:m.end] == m.text
    expressions = article_expressions(article)
    for e in expressions:
        assert body[e.start:e.end] == e.cue
    actors, _ = link_actors([article], [extraction])
    for actor in actors:
        for m in actor.mentions:
            assert body[m.start:m.end] == m.text
    for event in build_events(article, expressions, mentions_in(article.id, actors)):
        assert body[event.start:event.end] == event.text
    for quote in extract_quotes(article, mentions_in(article.id, actors), roles_of(actors)):
        assert body[quote.start:quote.end] == quote.text


@SETTINGS
@given(TEXTS)
def test_arbitrary_text_never_raises_and_spans_slice(text):
    _pipeline(text)
    _pipeline(text, read_markdown)


@SETTINGS
@given(SENTENCES)
def test_news_like_text_never_raises_and_spans_slice(text):
    _pipeline(" date 2022-01-06 " + text)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                                      blacklist_characters="\ufeff"), max_size=200))
def test_front_matter_round_trips_hostile_strings(value):
    loaded = yaml.safe_load(front_matter({"title": value, "tags": [value]})[4:-4])
    assert html.unescape(loaded["title"]) == value
    assert html.unescape(loaded["tags"][0]) == value


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=120))
def test_escaped_text_renders_literally(value):
    value = " ".join(value.split())
    rendered = markdown.markdown(md_escape(value),
                                 extensions=["attr_list", "tables", "admonition", "md_in_html"])
    # Whatever the input, the output is one paragraph of text: no element of its own.
    inner = rendered.removeprefix("<p>").removesuffix("</p>")
    assert "<" not in inner.replace("&lt;", ""), rendered
    if value:
        assert html.unescape(inner) == value


def test_front_matter_drops_control_characters():
    loaded = yaml.safe_load(front_matter({"title": "a\x85b\u2028c\x00d"})[4:-4])
    assert loaded["title"] == "abcd"


_PAGE = st.lists(st.sampled_from(["a", "b", "index", "x-1"]), min_size=1, max_size=4).map(
    lambda parts: "/".join(parts) + ".md")


@given(_PAGE, _PAGE)
def test_links_by_path_parts_are_those_posixpath_gives(from_page, to_page):
    """ids.relative_link and ids.site_href work on the paths' parts (they run hundreds of
    thousands of times); posixpath.relpath is the reference."""
    import posixpath

    from dossier.ids import relative_link, site_href

    assert relative_link(from_page, to_page) == posixpath.relpath(
        to_page, posixpath.dirname(from_page) or ".")

    def url_dir(page):
        stem = page[:-3]
        return stem[: -len("index")].rstrip("/") if stem == "index" or \
            stem.endswith("/index") else stem

    rel = posixpath.relpath(url_dir(to_page) or ".", url_dir(from_page) or ".")
    assert site_href(from_page, to_page) == ("./" if rel == "." else rel + "/")
