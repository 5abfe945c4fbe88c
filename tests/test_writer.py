"""The writer never touches what a person wrote, prunes only its own stale files, and writes
only changed bytes."""

from dossier.emit.page import Page
from dossier.build.writer import write_pages

from conftest import write


def test_hand_written_pages_are_never_touched(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "index.md", "# Mine\n")
    report = write_pages(docs, [Page("index.md", "generated\n"), Page("a/b.md", "b\n")])
    assert (docs / "index.md").read_text() == "# Mine\n"
    assert report.written == ["a/b.md"]
    assert any("hand-written" in d.message for d in report.diagnostics)


def test_stale_generated_pages_are_pruned_and_unchanged_not_rewritten(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, [Page("a.md", "a\n"), Page("old/b.md", "b\n")])
    mtime = (docs / "a.md").stat().st_mtime_ns
    report = write_pages(docs, [Page("a.md", "a\n")])
    assert report.unchanged == ["a.md"] and report.pruned == ["old/b.md"]
    assert not (docs / "old").exists()
    assert (docs / "a.md").stat().st_mtime_ns == mtime


def test_generated_page_edited_by_hand_is_kept(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, [Page("a.md", "a\n")])
    write(docs / "a.md", "my edit\n")
    report = write_pages(docs, [Page("a.md", "a v2\n")])
    assert (docs / "a.md").read_text() == "my edit\n"
    assert report.diagnostics and "edited by hand" in report.diagnostics[0].message
    # And it is not pruned either when the page stops being generated.
    report = write_pages(docs, [])
    assert (docs / "a.md").read_text() == "my edit\n"


def test_unsafe_page_paths_are_refused(tmp_path):
    import pytest
    with pytest.raises(ValueError):
        write_pages(tmp_path / "docs", [Page("../escape.md", "x")])


def test_identical_file_without_manifest_is_adopted(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, [Page("a.md", "a\n")])
    (docs / ".dossier-manifest.json").unlink()
    report = write_pages(docs, [Page("a.md", "a\n")])
    assert report.unchanged == ["a.md"] and not report.diagnostics
    # ... and from then on it is ours to prune.
    assert write_pages(docs, []).pruned == ["a.md"]
