"""Articles saved from the web (HTML, via trafilatura: main text and metadata, without
navigation, cookie banners, ads and footers) and JSON Lines feeds (one article per line)."""

from __future__ import annotations

import json

from ..errors import DossierError
from .draft import Draft, parse_date_into
from .structure import Structure, classify, clean


def read_html(text: str) -> Draft:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        raise DossierError("", "reading HTML needs trafilatura (pip install trafilatura)")
    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False,
                                      with_metadata=True, favor_precision=True)
    if doc is None:
        return Draft(Structure(), problems=[(None, "no article text found in this page")])
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    # trafilatura gives one paragraph per line.
    paragraphs = [clean(p) for p in body.split("\n") if clean(p)]
    title = clean(data.get("title") or "") or None
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's own <h1>, already the title
    problems: list = []
    draft = Draft(classify(paragraphs), problems=problems)
    draft.title = title
    draft.date = parse_date_into(data.get("date"), problems, None)
    draft.byline = clean(data.get("author") or "") or None
    draft.source_url = data.get("url") or None
    draft.outlet = clean(data.get("sitename") or data.get("hostname") or "") or None
    lang = data.get("language")
    draft.language = lang.lower()[:8] if lang else None
    tags = data.get("tags") or data.get("categories") or []
    if isinstance(tags, str):
        tags = [t for t in (x.strip() for x in tags.split(",")) if t]
    draft.tags = [clean(str(t)) for t in tags][:10]
    return draft


def feed_entries(text: str, source: str) -> list[tuple[int, dict | None, str | None]]:
    """The lines of a JSON Lines feed: (line number, entry or None, problem or None)."""
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((n, None, f"not valid JSON ({exc.msg}); line skipped"))
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) \
                or not entry["text"].strip():
            out.append((n, None, "needs an object with a non-empty \"text\"; line skipped"))
            continue
        out.append((n, entry, None))
    return out


def read_feed_entry(entry: dict) -> Draft:
    paragraphs = [clean(p) for p in str(entry["text"]).split("\n\n") if clean(p)]
    if len(paragraphs) == 1 and "\n" in str(entry["text"]):
        paragraphs = [clean(p) for p in str(entry["text"]).split("\n") if clean(p)]
    problems: list = []
    draft = Draft(classify(paragraphs), problems=problems)
    for key in ("title", "source", "url", "language", "byline", "author"):
        if entry.get(key) is not None and not isinstance(entry.get(key), str):
            problems.append((None, f"\"{key}\" must be text; ignored"))
            entry = {**entry, key: None}
    draft.title = clean(entry.get("title") or "") or None
    draft.date = parse_date_into(entry.get("date"), problems, None)
    draft.source_url = entry.get("url") or None
    draft.outlet = clean(entry.get("source") or "") or None
    draft.byline = clean(entry.get("byline") or entry.get("author") or "") or draft.byline
    lang = entry.get("language")
    draft.language = lang.strip().lower()[:8] if lang else None
    return draft
