"""A newcomer's first hour: commands that say where they are, never write outside a project,
print what a person needs (the address to open, MkDocs' messages with -v), and a new project
whose install step installs this dossier, not a stranger of the same name."""

import importlib.metadata
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import dossier
from dossier.cli.main import main

from conftest import ROOT, write

COMMANDS = [["build"], ["build", "--no-site"], ["serve"], ["export"], ["check"], ["deploy"],
            ["pack"], ["export", "--format", "ftm"],
            ["add", str(ROOT / "content" / "000_fa6e131e1ecad4e0.txt")]]


def _tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] + ("-" + c[1] if
                                                                       c[1:2] == ["--no-site"]
                                                                       else ""))
def test_outside_a_project_nothing_is_written(tmp_path, capsys, command):
    write(tmp_path / "notes.txt", "Not a dossier.")
    before = _tree(tmp_path)
    assert main(command[:1] + ["--project", str(tmp_path)] + command[1:]) == 2
    assert _tree(tmp_path) == before
    err = capsys.readouterr().err
    assert "is not a dossier project" in err and "dossier init" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2])[:20])
def test_a_missing_project_folder_is_exit_2(tmp_path, capsys, command):
    missing = tmp_path / "nowhere"
    assert main(command[:1] + ["--project", str(missing)] + command[1:]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not missing.exists()


def test_a_plain_mkdocs_project_is_left_alone(tmp_path, capsys):
    write(tmp_path / "mkdocs.yml", "site_name: Handbook\nplugins:\n  - search\n")
    write(tmp_path / "docs" / "index.md", "# Handbook\n")
    before = _tree(tmp_path)
    assert main(["build", "--project", str(tmp_path)]) == 2
    assert _tree(tmp_path) == before
    assert "does not use the dossier plugin" in capsys.readouterr().err


def test_export_of_a_bare_folder_of_articles_needs_no_project(tmp_path, capsys):
    write(tmp_path / "a.txt", "Date: 2024-09-15\n\nJan Kowalski odwiedził Radom.\n")
    out = tmp_path.parent / f"{tmp_path.name}-export.json"
    assert main(["export", "--content", str(tmp_path), "-o", str(out), "-q"]) == 0
    assert '"2024-09-15"' in out.read_text("utf-8")
    assert _tree(tmp_path) == ["a.txt"]


def test_init_pins_this_release_by_its_own_name(tmp_path):
    assert main(["init", str(tmp_path / "d")]) == 0
    lines = [l for l in (tmp_path / "d" / "requirements.txt").read_text("utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    assert lines == [f"dossier-briefing=={dossier.__version__}"]
    assert importlib.metadata.version("dossier-briefing") == dossier.__version__
    workflow = (tmp_path / "d" / ".github" / "workflows" / "pages.yml").read_text("utf-8")
    assert "pip install -r requirements.txt" in workflow


def test_init_takes_another_requirement(tmp_path):
    spec = "dossier-briefing @ git+https://github.com/OWNER/dossier@v0.1.0"
    assert main(["init", str(tmp_path / "d"), "--requirement", spec]) == 0
    assert (tmp_path / "d" / "requirements.txt").read_text("utf-8").splitlines()[-1] == spec


def test_check_names_undated_articles_and_how_to_date_them(project, capsys):
    write(project / "content" / "undated.txt", "Jan Kowalski odwiedził Radom.\n")
    write(project / "content" / "undated.md", "---\ntitle: Bez daty\n---\n\nAnna Nowak "
                                              "przyjechała do Kielc.\n")
    assert main(["check", "--project", str(project)]) == 0
    err = capsys.readouterr().err
    notes = {l.split(":")[1].strip(): l for l in err.splitlines() if l.startswith("note:")}
    assert set(notes) == {"undated.txt", "undated.md"}
    assert "`Date: YYYY-MM-DD`" in notes["undated.txt"]
    assert "`date: YYYY-MM-DD` to its front matter" in notes["undated.md"]
    assert "2 undated" in err


def test_verbose_build_shows_mkdocs_messages(project):
    run = [sys.executable, "-m", "dossier", "build", "--project", str(project)]
    quiet = subprocess.run(run, capture_output=True, text=True, timeout=600)
    loud = subprocess.run(run + ["-v"], capture_output=True, text=True, timeout=600)
    assert quiet.returncode == loud.returncode == 0
    assert "Documentation built in" in loud.stderr
    assert "Documentation built in" not in quiet.stderr
    assert "site: " in quiet.stderr and str(project / "site") in quiet.stderr
    for output in (quiet.stderr, loud.stderr):
        assert "end of life" not in output  # Material's banner: the README speaks of it


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_the_address_and_serves_it(project):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dossier", "serve", "--project",
                             str(project), "--dev-addr", f"127.0.0.1:{port}"],
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        address = f"http://127.0.0.1:{port}/"
        assert address in first and str(project / "content") in first
        deadline = time.monotonic() + 240
        while True:
            try:
                with urllib.request.urlopen(address, timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.5)
        assert "Kazach" in page
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, timeout=600)
    found = sorted(out.glob("dossier_briefing-*.whl"))
    assert len(found) == 1, list(out.iterdir())
    return found[0]


def test_the_init_workflow_install_step_builds_a_site(tmp_path, wheel):
    """What the GitHub Pages workflow does, in a clean virtual environment: install what
    requirements.txt names (this release, from the wheel just built; its dependencies from
    the package index), then `dossier build --strict`."""
    project = tmp_path / "dossier"
    assert main(["init", str(project), "--title", "Test"]) == 0
    write(project / "content" / "a.txt", "Tytuł: Wizyta w Radomiu\nData: 2024-09-15\n\n"
                                         "Jan Kowalski odwiedził Radom w poniedziałek.\n")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    install = subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q",
                              "--find-links", str(wheel.parent), "-r", "requirements.txt"],
                             cwd=project, env=env, capture_output=True, text=True, timeout=1200)
    assert install.returncode == 0, install.stderr[-3000:]
    shown = subprocess.run([str(bindir / "python"), "-c",
                            "import dossier, importlib.metadata as m; "
                            "print(dossier.__file__); print(m.version('dossier-briefing'))"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    where, version = shown.stdout.split()
    assert str(venv) in where and version == dossier.__version__
    build = subprocess.run([str(bindir / "dossier"), "build", "--strict"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    page = (project / "site" / "articles" / "a" / "index.html").read_text("utf-8")
    assert "Wizyta w Radomiu" in page and "Jan Kowalski" in page


def test_init_quiet_prints_nothing_and_the_content_readme_shows_todays_header(tmp_path, capsys):
    from dossier.cli.main import main as cli

    assert cli(["init", "-q", str(tmp_path / "new")]) == 0
    assert capsys.readouterr().out == ""
    readme = (tmp_path / "new" / "content" / "README.md").read_text("utf-8")
    assert "Data:" in readme and " date YYYY-MM-DD " not in readme
