"""An edit rebuilt from the last build's state gives the same docs/ and export, byte for byte,
as a cold build of the edited content; the edit path (pipeline._after_edit: the link made
from the last one, events and quotes made again where they may differ) is taken for small
edits, whatever names they add."""

import hashlib
import shutil

import pytest

from dossier.config import load_project
from dossier.export import dumps
from dossier.build.pipeline import generate, write_generated
from dossier.build.state import STATE_FILE

from conftest import ROOT, write

SEED = "001_01fde6d5beb19eeb.txt"


def _build(project, incremental=True, linked=None):
    """(edit path, docs, export) of a build: whether it took the edit path; ``linked``
    receives whether the dossier was linked without the last link (True) or from it
    (False)."""
    proj = load_project(project)
    generated = generate(proj, incremental=incremental)
    write_generated(proj, generated)
    docs = {p.relative_to(proj.docs_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(proj.docs_dir.rglob("*")) if p.is_file()}
    if linked is not None:
        linked.append(generated.changed is None)
    return generated.changed is not None, docs, dumps(generated.dossier)


def _cold(project, tmp_path):
    """The same content built from nothing in another folder."""
    other = tmp_path / "cold"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(project / "content", other / "content")
    shutil.copy(project / "mkdocs.yml", other / "mkdocs.yml")
    return _build(other, incremental=False)[1:]


@pytest.fixture
def project(tmp_path):
    p = tmp_path / "p"
    shutil.copytree(ROOT / "content", p / "content")
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    for i in range(3):
        write(p / "content" / f"extra-{i}.txt",
              f" date 2022-01-0{i + 3} Prezydent Andrzej Duda rozmawiał w Warszawie z premierem "
              f"Mateuszem Morawieckim o Kazachstanie ({i}).\n\nW czwartek w Ałmatach padły "
              f"strzały, podała agencja TASS.")
    partial, _, _ = _build(p)
    assert not partial and (p / ".dossier-cache" / STATE_FILE).exists()
    return p


def _edit(path, old, new):
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_edit_that_names_no_one_new_takes_the_shortcut(project, tmp_path):
    # Words inserted mid-article: every later mention moves, no name changes.
    _edit(project / "content" / SEED, "Sieć została wyłączona", "Sieć, jak podano, została wyłączona")
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)
    assert "Sieć, jak podano, została" in (project / "docs" / "articles" /
                                           "001_01fde6d5beb19eeb.md").read_text("utf-8")
    # And again: a second edit on top of the first.
    _edit(project / "content" / "extra-1.txt", "padły strzały", "znów padły strzały")
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)


def test_nothing_changed_takes_the_shortcut(project, tmp_path):
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)


@pytest.mark.parametrize("change", ["new name", "new paragraph", "date", "title",
                                    "removed", "added", "curation", "deleted page"])
def test_other_changes_give_the_cold_output(project, tmp_path, change):
    content = project / "content"
    if change == "new name":
        _edit(content / "extra-0.txt", "podała agencja TASS.",
              "podała agencja TASS. Głos zabrał też Jan Kowalski.")
    elif change == "new paragraph":  # may change who is named in one paragraph with whom
        _edit(content / SEED, "operację specjalną", "operację\n\nspecjalną")
    elif change == "date":
        _edit(content / "extra-2.txt", "2022-01-05", "2022-01-07")
    elif change == "title":
        _edit(content / "extra-2.txt", "Prezydent Andrzej Duda rozmawiał",
              "Dziś Prezydent Andrzej Duda rozmawiał")
    elif change == "removed":
        (content / "extra-1.txt").unlink()
    elif change == "added":
        write(content / "extra-9.txt", " date 2022-01-08 Jan Kowalski odwiedził Ałmaty.")
    elif change == "curation":
        write(content / "actors.yml", "- name: Kasym-Żomart Tokajew\n"
              "  description: Prezydent Kazachstanu.\n")
    elif change == "deleted page":
        page = next((project / "docs" / "actors").glob("*.md"))
        page.unlink()
    edit_path, docs, export = _build(project)
    # A date or a title changes what other articles' pages show of the article, a removed
    # or added article the lists: the edit path renders every page all the same. The
    # curation and a page deleted by hand make a full build.
    assert edit_path == (change not in ("curation", "deleted page"))
    assert (docs, export) == _cold(project, tmp_path)


def test_journal_of_edits_replays_to_the_cold_output(project, tmp_path, monkeypatch):
    """Edits that take the shortcut are kept as deltas to the saved state; the state is saved
    whole again once the journal holds MAX_DELTAS of them."""
    from dossier.build import state

    monkeypatch.setattr(state, "MAX_DELTAS", 2)
    for i in range(4):
        _edit(project / "content" / "extra-2.txt", "padły strzały", f"padły strzały ({i})")
        partial, docs, export = _build(project)
        assert partial
        journal = project / ".dossier-cache" / state.JOURNAL_FILE
        assert journal.exists() == (i % 3 != 2)  # the third edit saves the whole state
        # The link is journaled in step: its deltas, not the whole link written again.
        linked_journal = project / ".dossier-cache" / state.LINKED_JOURNAL
        assert linked_journal.exists() == (i % 3 != 2)
    assert (docs, export) == _cold(project, tmp_path)


def test_an_edit_journals_only_what_it_changed(project, tmp_path):
    """The state's delta holds the one file read again, not every file's record; the events
    and quotes are made again for the edited article only, though an actor every article
    names gains a mention (what they read of the others' mentions is the same)."""
    import pickle

    from dossier.build import state

    _edit(project / "content" / "extra-0.txt", "podała agencja TASS.",
          "podała agencja TASS. Andrzej Duda milczał.")
    proj = load_project(project)
    generated = generate(proj)
    write_generated(proj, generated)
    assert generated.changed == {"extra-0"}
    with open(project / ".dossier-cache" / state.JOURNAL_FILE, "rb") as fh:
        delta = pickle.load(fh)
    assert set(delta.files) == {"extra-0.txt"}
    duda = next(a for a in generated.dossier.actors if a.name == "Andrzej Duda")
    assert {"extra-0", "extra-1"} <= set(duda.articles)
    assert (_build(project)[1:]) == _cold(project, tmp_path)


def test_a_file_changed_within_its_mtime_tick_is_read_again(project, tmp_path):
    """A file written just before a build may change again without its size or mtime
    changing (coarse timestamps): its bytes are compared, not trusted to the stat."""
    import os

    path = project / "content" / "extra-0.txt"
    stat = path.stat()
    _edit(path, "padły strzały", "padły strzelby")  # as many bytes
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    _, docs, export = _build(project)
    assert "padły strzelby" in export
    assert (docs, export) == _cold(project, tmp_path)


def test_a_generated_page_edited_by_hand_is_warned_about_in_every_build(project, tmp_path):
    """The full write warns about a generated page edited by hand (and keeps the edit); a
    build after it must not go quiet by taking the shortcut."""
    page = project / "docs" / "articles" / "extra-1.md"
    page.write_text(page.read_text("utf-8") + "\nMoja notatka.\n", "utf-8")
    for _ in range(2):
        proj = load_project(project)
        generated = generate(proj)
        report = write_generated(proj, generated)
        assert any("edited by hand" in d.message for d in report.diagnostics)
        assert "Moja notatka." in page.read_text("utf-8")


def test_edit_with_the_timeline_by_month_takes_the_shortcut(project, tmp_path, monkeypatch):
    """The timeline split by month (emit/timeline.py): the shortcut renders every month page
    again (an edit that keeps every event's day keeps the same months)."""
    from dossier.emit import timeline

    monkeypatch.setattr(timeline, "MAX_EVENTS_ON_ONE_PAGE", 3)
    # (The limit is code: changing it changes the code's version, and the next build is a
    # full one. Here the state goes by hand.)
    (project / ".dossier-cache" / STATE_FILE).unlink()
    partial, docs, _ = _build(project)
    assert not partial
    months = [p for p in docs if p.startswith("timeline/20")]
    assert months  # the split is in force
    _edit(project / "content" / SEED, "Sieć została wyłączona", "Sieć, jak podano, została wyłączona")
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)
    # An edit that takes an event away (its day with it): the month pages are those of a
    # cold build.
    _edit(project / "content" / "extra-2.txt", "W czwartek w Ałmatach", "W Ałmatach")
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)


NEW_PERSON = "Redakcja rozmawiała o tym z Bożydarem Wąchockim."


def _large(monkeypatch):
    """A dossier "large" from five articles on: an actor named once gets no page of its own
    (emit.has_profile), as in a dossier of thousands."""
    from dossier import emit

    monkeypatch.setattr(emit, "LARGE_DOSSIER", 3)


def _shooting(tmp_path):
    """The seeds and three short articles (a title, one paragraph), built once."""
    p = tmp_path / "p"
    shutil.copytree(ROOT / "content", p / "content")
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    for i in range(3):
        write(p / "content" / f"extra-{i}.txt", f" date 2022-01-0{i + 3} Strzały ({i})\n\n"
              "W Ałmatach padły strzały.")
    _build(p)
    return p


def test_an_edit_naming_someone_new_links_only_that_name(tmp_path, monkeypatch):
    _large(monkeypatch)
    p = tmp_path / "p"
    shutil.copytree(ROOT / "content", p / "content")
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    for i in range(3):
        write(p / "content" / f"extra-{i}.txt", f" date 2022-01-0{i + 3} Prezydent Andrzej "
              f"Duda rozmawiał w Warszawie o Kazachstanie ({i}).\n\nW czwartek w Ałmatach "
              "padły strzały.")
    assert not _build(p)[0]
    _edit(p / "content" / "extra-1.txt", "padły strzały.", "padły strzały.\n\n" + NEW_PERSON)
    linked = []
    partial, docs, export = _build(p, linked=linked)
    assert linked == [False] and partial
    assert '"name": "Bożydar Wąchocki"' in export
    assert (docs, export) == _cold(p, tmp_path)
    # Another new name on top, then one the dossier now knows: linked from the last link.
    _edit(p / "content" / SEED, "Sieć została wyłączona",
          "Gościsława Przybyłowicz mówi, że sieć została wyłączona")
    assert _build(p, linked=linked)[0] and linked[-1] is False
    assert _build(p)[1:] == _cold(p, tmp_path)
    _edit(p / "content" / "extra-2.txt", "padły strzały.", "padły strzały. Milczy też Wąchocki.")
    assert _build(p, linked=linked)[0] and linked[-1] is False
    assert _build(p)[1:] == _cold(p, tmp_path)


def test_a_new_name_with_a_page_of_its_own_renders_the_lists_again(project, tmp_path):
    """In a small dossier every actor has a page: the actors' list, the graph and the tags
    show the new one, and are rendered again with the edited article's pages."""
    _edit(project / "content" / "extra-0.txt", "padły strzały,", "padły strzały. " +
          NEW_PERSON + " Mówił,")
    linked = []
    partial, docs, export = _build(project, linked=linked)
    assert linked == [False] and partial
    assert "actors/bozydar-wachocki.md" in docs
    assert "Bożydar Wąchocki" in (project / "docs" / "actors" / "index.md").read_text("utf-8")
    assert (docs, export) == _cold(project, tmp_path)


def test_a_new_name_the_actors_index_would_list_renders_every_page(tmp_path, monkeypatch):
    """In a large dossier the index lists the most named of each kind, and only their pages
    are searchable: a new actor among them moves another one out, whose page changes."""
    from dossier.emit import actors

    _large(monkeypatch)
    monkeypatch.setattr(actors, "MAX_INDEX_PER_KIND", 2)
    p = _shooting(tmp_path)
    person = "Bożydar Wąchocki"
    _edit(p / "content" / "extra-1.txt", "padły strzały.", "padły strzały. " +
          " ".join(f"Mówi {person}." for _ in range(40)))
    linked = []
    partial, docs, export = _build(p, linked=linked)
    assert linked == [False] and partial
    assert (docs, export) == _cold(p, tmp_path)


@pytest.mark.parametrize("sentence", [
    "Redakcja rozmawiała o tym z Tokajewem.",  # a known surname alone, in a new form
    "Redakcja rozmawiała o tym z Andrzejem.",  # a known person's first name alone
    "Głos zabrał Mateusz Morawiecky.",  # one known name spelt another way
    "Głos zabrał też Duda.",  # a surname alone that a known full name stands for
    "Głos zabrał przedstawiciel ODKB.",  # a known acronym, named again
    "Mówi to Telegraficzna Agencja Związku Radzieckiego (TASS).",  # expanded
])
def test_a_name_that_may_join_a_known_actor(project, tmp_path, sentence):
    _edit(project / "content" / "extra-0.txt", "podała agencja TASS.",
          "podała agencja TASS. " + sentence)
    linked = []
    edit_path, docs, export = _build(project, linked=linked)
    assert edit_path and linked == [False]
    assert (docs, export) == _cold(project, tmp_path)


def test_new_names_kept_in_the_journal_serve_the_edits_after_it(tmp_path, monkeypatch):
    """Each edit adding a name is a delta in the journal, with the link beside it; once the
    state is saved whole again, so is the link."""
    from dossier.build import state

    _large(monkeypatch)
    monkeypatch.setattr(state, "MAX_DELTAS", 2)
    p = _shooting(tmp_path)
    people = ["Bożydar Wąchocki", "Gościsława Przybyłowicz", "Radogost Żerebecki",
              "Dobromir Chwaliszewski", "Wszebor Ludomirski"]
    linked = []
    for i, person in enumerate(people):
        _edit(p / "content" / f"extra-{i % 3}.txt", "padły strzały",
              f"padły strzały, jak mówi nam {person}, tam")
        partial, docs, export = _build(p, linked=linked)
        assert partial
    assert linked == [False] * len(people)
    assert (docs, export) == _cold(p, tmp_path)
    # Named again elsewhere, the first of them and the last: both are known now.
    for i, surname in enumerate(["Wąchocki", "Ludomirski"]):
        _edit(p / "content" / f"extra-{i}.txt", "tam", f"a milczy też {surname}, tam")
        assert _build(p, linked=linked)[1:] == _cold(p, tmp_path) and linked[-1] is False


def test_an_edit_that_empties_a_month_of_the_timeline(project, tmp_path, monkeypatch):
    """The month page of an event the edit takes away (one dated by its month only, which
    related articles do not share) goes with it."""
    from dossier.emit import timeline

    monkeypatch.setattr(timeline, "MAX_EVENTS_ON_ONE_PAGE", 3)
    (project / ".dossier-cache" / STATE_FILE).unlink()
    write(project / "content" / "plans.txt", " date 2022-01-10 Plany\n\nRząd zapowiedział, "
          "że w marcu 2023 roku odbędą się wybory. Sieć działa.\n")
    _build(project)
    assert (project / "docs" / "timeline" / "2023-03.md").exists()
    _edit(project / "content" / "plans.txt", "w marcu 2023 roku odbędą", "odbędą")
    partial, docs, export = _build(project)
    assert partial
    assert (docs, export) == _cold(project, tmp_path)
