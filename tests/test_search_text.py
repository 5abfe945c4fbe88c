"""search_text._to_drop picks, in one pass, the very elements the XPath of the index's
definition picks (EXCLUDED, EXCERPT_EXCLUDED, EXCLUDED_INSIDE; search_text.py), in the same
order: the index and its excerpts are those the XPath gave."""

import lxml.html

from dossier.site import search_text as st


def _has_class(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


def _reference(quoted: bool) -> str:
    """The XPath union the index was first defined by."""
    inside = [f".//*[{_has_class(o)}]//{i}" for o, i in st.EXCLUDED_INSIDE]
    common = [".//*[@data-search-ignore]", ".//script", ".//style"]
    if not quoted:
        return " | ".join([f".//*[{_has_class(c)}]" for c in st.EXCLUDED] + inside + common)
    return " | ".join(
        [f".//*[{_has_class(c)}]" for c in st.EXCLUDED + st.EXCERPT_EXCLUDED
         if c != "dossier-contexts"] + inside + common +
        [".//h1", f".//*[{_has_class('dossier-contexts')}]//h3",
         ".//a[normalize-space(.)='↗']"])


PAGE = """<div data-search-body class="md-content">
<h1>Title <a class="headerlink" href="#t">¶</a></h1>
<div class="dossier-meta"><p>Kind: <code>place</code></p><div class="x dossier-meta">
<code>inner</code></div></div>
<p class="a\tmd-tags  b">tags</p><p class="md-tags\u00a0b">no-break space, no separator</p>
<div class="dossier-contexts"><h3>Quoted</h3><p>Said <a href="x">↗</a> and
<a href="y"> ↗ </a><a href="z">↗ more</a></p><h3><code>c</code></h3></div>
<section data-search-ignore><script>var x;</script></section><style>p{}</style>
<ul><li><a href="a">Linked name</a> — 1</li><li class="dossier-caption-label">Label</li></ul>
<!-- a comment --><div class="dossier-network"><div class="dossier-network">n</div></div>
</div><footer class="md-footer">after</footer>"""


def test_one_pass_equals_the_xpath():
    for quoted in (False, True):
        body = lxml.html.fromstring(PAGE).xpath(
            "descendant-or-self::*[@data-search-body]")[0]
        if quoted:
            found = st._to_drop(body, st._DROP_QUOTED_CLASSES, st._DROP_QUOTED_TAGS,
                                st._INSIDE_QUOTED, arrows=True)
        else:
            found = st._to_drop(body, st._DROP_CLASSES, st._DROP_TAGS, st._INSIDE)
        expected = body.xpath(_reference(quoted))
        assert found == expected
        assert len(expected) > 8  # the page exercises every rule


def test_record_of_the_page():
    title, text, forms, said = st.page_record("<html><body>" + PAGE + "</body></html>")
    assert title == "Title"
    assert "Kind:" in text and "place" not in text and "inner" not in text
    assert "no-break space" in text and "tags" not in text.split()
    assert not any("Linked" in s for s in said) and any("Said" in s for s in said)
