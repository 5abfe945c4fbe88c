"""What users of the MkDocs world expect: a new dossier in one step, articles from saved web
pages and feeds, GitHub Pages deployment (workflow and gh-deploy), the dossier's language."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli.main import main

from conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def new_dossier(tmp_path_factory):
    project = tmp_path_factory.mktemp("eco") / "dossier"
    assert main(["init", str(project), "--title", "Kazachstan 2022"]) == 0
    sources = [str(p) for p in sorted((ROOT / "content").glob("*.txt"))]
    sources += [str(FIXTURES / "saved-page.html"), str(FIXTURES / "feed.jsonl")]
    assert main(["add", "--project", str(project), *sources]) == 0
    assert main(["build", "--project", str(project), "-q"]) == 0
    return project


def test_init_add_build_gives_clean_article_pages(new_dossier):
    content = sorted(p.name for p in (new_dossier / "content").iterdir())
    assert "saved-page.html" in content
    assert "rosja-wysyla-wojska-do-kazachstanu.md" in content  # a feed line, a clean name
    page = (new_dossier / "site" / "articles" / "saved-page" / "index.html").read_text("utf-8")
    assert "Kasym-Żomart Tokajew" in page and "Askara Mamina" in page
    for boilerplate in ("pliki cookie", "REKLAMA", "Wszelkie prawa", "Strona główna",
                        "Inny artykuł o pogodzie"):
        assert boilerplate not in page, boilerplate
    assert "https://wiadomosci.example/swiat/protesty-almaty" in page  # the source URL
    assert "Wiadomości Przykładowe" in page  # the outlet
    feed = (new_dossier / "site" / "articles" / "rosja-wysyla-wojska-do-kazachstanu" /
            "index.html").read_text("utf-8")
    assert "spadochroniarzy" in feed and "https://feed.example/1" in feed
    assert (new_dossier / "site" / "articles" / "000_fa6e131e1ecad4e0" / "index.html").exists()


def test_add_never_overwrites(new_dossier):
    before = sorted(p.name for p in (new_dossier / "content").iterdir())
    assert main(["add", "--project", str(new_dossier), str(FIXTURES / "saved-page.html")]) == 1
    assert sorted(p.name for p in (new_dossier / "content").iterdir()) == before


@pytest.mark.parametrize("workflow", [ROOT / ".github" / "workflows" / "pages.yml",
                                      "init"])
def test_pages_workflow_validates(workflow, new_dossier):
    path = new_dossier / ".github" / "workflows" / "pages.yml" if workflow == "init" else workflow
    text = path.read_text("utf-8")
    for action in ("actions/upload-pages-artifact", "actions/deploy-pages",
                   "dossier build --strict", "schedule:"):
        assert action in text
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                             "vendor.github-workflows", str(path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_pushes_the_site_to_gh_pages(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    project = tmp_path / "p"
    assert main(["init", str(project)]) == 0
    shutil.copy(ROOT / "content" / "000_fa6e131e1ecad4e0.txt", project / "content")
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-qm", "dossier"], check=True)
    subprocess.run(git + ["remote", "add", "origin", str(remote)], check=True)
    assert main(["deploy", "--project", str(project), "-q", "-m", "publish"]) == 0
    files = subprocess.run(["git", "-C", str(remote), "ls-tree", "-r", "--name-only",
                            "gh-pages"], capture_output=True, text=True, check=True).stdout
    assert "index.html" in files.split() and "articles/000_fa6e131e1ecad4e0/index.html" in files


def test_polish_site_speaks_polish(new_dossier):
    site = new_dossier / "site"
    home = (site / "index.html").read_text("utf-8")
    assert '<html lang="pl"' in home
    for label in ("Artykuły", "Aktorzy", "Oś czasu", "Osoby", "Organizacje", "Miejsca"):
        assert label in home, label
    timeline = (site / "timeline" / "index.html").read_text("utf-8")
    assert "6 stycznia 2022" in timeline and "styczeń 2022" in timeline


def test_english_dossier_speaks_english(tmp_path):
    project = tmp_path / "en"
    assert main(["init", str(project), "--language", "en"]) == 0
    (project / "content" / "a.md").write_text(
        "---\ntitle: Talks in Geneva\ndate: 2022-01-10\n---\nThe talks between the United "
        "States and Russia began in Geneva on Monday, officials said.\n", "utf-8")
    assert main(["build", "--project", str(project), "-q"]) == 0
    home = (project / "site" / "index.html").read_text("utf-8")
    assert '<html lang="en"' in home and "Timeline" in home and "10 January 2022" in home
