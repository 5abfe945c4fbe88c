"""The real thing: `dossier build` runs MkDocs (strict) on the default dossier; two builds give
byte-identical docs/, export and site/."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from dossier.cli.main import main


def _digests(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_build_default_dossier(project):
    assert main(["build", "--project", str(project), "--quiet"]) == 0
    site = project / "site"
    assert (site / "index.html").is_file()
    pages = sorted(p.parent.name for p in (site / "articles").glob("*/index.html"))
    assert pages == ["000_fa6e131e1ecad4e0", "001_01fde6d5beb19eeb"]
    html = (site / "articles" / "001_01fde6d5beb19eeb" / "index.html").read_text("utf-8")
    assert '<html lang="pl"' in html
    assert 'class="dossier-post"' in html and "РИА Новости (@rianru)" in html
    assert '<time datetime="2022-01-06">6 stycznia 2022</time>' in html
    assert "pdb/PAP" in html
    assert html.count('<h2 id="p') == 2 + 0  # the two subheadings, anchored
    home = (site / "index.html").read_text("utf-8")
    assert "articles/000_fa6e131e1ecad4e0/" in home
    # The hand-written page is in the site and untouched in docs/.
    assert (site / "about" / "index.html").is_file()


def test_two_builds_are_byte_identical(project, tmp_path):
    assert main(["build", "--project", str(project), "--quiet"]) == 0
    first_docs, first_site = _digests(project / "docs"), _digests(project / "site")
    out1, out2 = tmp_path / "e1.json", tmp_path / "e2.json"
    assert main(["export", "--project", str(project), "--output", str(out1), "-q"]) == 0
    # Rebuild from scratch: generated docs removed, then regenerated.
    for rel in json.loads((project / "docs" / ".dossier-manifest.json").read_text())["files"]:
        (project / "docs" / rel).unlink()
    assert main(["build", "--project", str(project), "--quiet"]) == 0
    assert main(["export", "--project", str(project), "--output", str(out2), "-q"]) == 0
    assert _digests(project / "docs") == first_docs
    assert _digests(project / "site") == first_site
    assert out1.read_bytes() == out2.read_bytes()


def test_python_m_dossier_export_to_stdout(project):
    result = subprocess.run([sys.executable, "-m", "dossier", "export", "--content",
                             str(project / "content"), "--output", "-"],
                            capture_output=True, text=True, check=True, cwd=project)
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert [a["id"] for a in data["articles"]] == ["000_fa6e131e1ecad4e0", "001_01fde6d5beb19eeb"]
    a1 = data["articles"][1]
    assert a1["date"] == {"value": "2022-01-06", "precision": "day", "inferred": True}
    assert a1["byline"] == "pdb/PAP" and a1["url"] == "articles/001_01fde6d5beb19eeb/"
    assert a1["source"] == "001_01fde6d5beb19eeb.txt" and a1["language"] == "pl"
    for key in ("actors", "events", "quotes"):
        assert isinstance(data[key], list)


def test_init_makes_a_working_project(tmp_path):
    target = tmp_path / "new"
    assert main(["init", str(target), "--title", 'Nowe: "dossier"']) == 0
    assert (target / "mkdocs.yml").is_file() and (target / "content").is_dir()
    assert (target / "docs" / "about.md").is_file() and (target / "theme" / "main.html").is_file()
    # Empty, and it builds.
    assert main(["build", "--project", str(target), "--quiet"]) == 0
    assert (target / "site" / "index.html").is_file()
    assert "Nowe: &#34;dossier&#34;" in (target / "site" / "index.html").read_text() or \
        'Nowe: "dossier"' in (target / "site" / "index.html").read_text()
    # Never overwrites.
    assert main(["init", str(target)]) == 1


def test_repository_theme_matches_the_scaffold():
    root = Path(__file__).resolve().parent.parent
    scaffold = root / "dossier" / "cli" / "scaffold" / "theme"
    assert _digests(root / "theme") == _digests(scaffold)


def test_a_headline_over_the_text_is_the_title_once(project):
    """A text whose first line is its headline (as BBC's are): the headline is the page's
    title and heading, shown once, not again as a subheading over the body."""
    (project / "content" / "headline.txt").write_text(
        "Minister plans new rail line\n\n"
        "The Transport Secretary Alice Brown said on Monday that a new rail line would link "
        "the two cities by 2030.\n\nCritics said the plan came too late.\n", "utf-8")
    assert main(["build", "--project", str(project), "--quiet", "--no-site"]) == 0
    page = next(p for p in (project / "docs" / "articles").glob("*.md")
                if "headline.txt" in p.read_text("utf-8"))
    lines = page.read_text("utf-8").splitlines()
    headings = [line for line in lines if "Minister plans new rail line" in line
                and line.startswith("#")]
    assert headings == ["# Minister plans new rail line {: #p0 }"], headings
    assert "title: Minister plans new rail line" in lines
