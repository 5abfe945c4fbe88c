"""Render keys (emit/keys.py): a page whose key is the last build's is not rendered again,
and a page that shows what an edit changed gets another key; either way the pages are those
a full render makes."""

import dataclasses
import shutil

from dossier.build import pipeline
from dossier.config import load_project
from dossier.emit import emit_pages, render_pages
from dossier.emit.keys import digest
from dossier.model import Dossier

from conftest import ROOT, write


def _dossier(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for i in range(4):
        write(project / "content" / f"extra-{i}.txt",
              f" date 2022-01-0{i + 1} Prezydent Andrzej Duda spotkał się w Warszawie z "
              f"premierem Mateuszem Morawieckim ({i}). W czwartek rozmawiali o Kazachstanie.")
    return pipeline.build_dossier(load_project(project), use_cache=False)


def _texts(pages):
    return {p.path: p.text for p in pages}


def test_same_dossier_renders_only_the_pages_that_show_all_of_it(tmp_path):
    dossier = _dossier(tmp_path)
    first = emit_pages(dossier)
    again = emit_pages(dossier, previous=first.keys)
    assert again.keys == first.keys
    rendered = {p.path for p in again.pages}
    assert rendered and not rendered & set(again.kept)
    # Every article page and profile is kept; only the hub pages are rendered.
    assert all(not p.startswith(("articles/extra", "actors/andrzej")) for p in rendered)
    assert set(again.kept) | rendered == {p.path for p in first.pages}
    assert "graph/index.md" in again.kept  # the network page: its data is the same


def _edited(dossier, **changes):
    """The dossier with article extra-2 changed as ``changes`` say."""
    articles = [dataclasses.replace(a, **changes) if a.id == "extra-2" else a
                for a in dossier.articles]
    return Dossier(title=dossier.title, language=dossier.language, articles=articles,
                   actors=dossier.actors, events=dossier.events, quotes=dossier.quotes)


def _render_after(before, dossier):
    """emit_pages after ``before``, checked against a full render: the pages rendered."""
    after = emit_pages(dossier, previous=before.keys)
    rendered = _texts(after.pages)
    full = _texts(render_pages(dossier))
    old = _texts(before.pages)
    # A page not rendered holds what a full render makes; a rendered page is that render.
    assert all(old[p] == full[p] for p in after.kept)
    assert all(full[p] == text for p, text in rendered.items())
    assert set(after.kept) | set(rendered) == set(full)
    return set(rendered), set(after.kept)


def test_an_edit_renders_the_pages_that_show_it_and_they_equal_a_full_render(tmp_path):
    dossier = _dossier(tmp_path)
    before = emit_pages(dossier)
    duda = next(a for a in dossier.actors if a.name == "Andrzej Duda")
    # A new title shows on the article, on the profiles listing it, on the articles
    # relating to it.
    rendered, kept = _render_after(before, _edited(dossier, title="Inny tytuł artykułu"))
    assert {"articles/extra-2.md", duda.page_path, "articles/extra-0.md"} <= rendered
    # A byline shows on the article's own page (and the articles index), not on the others.
    # (A profile's key hashes the articles it quotes whole: Andrzej Duda's is made again.)
    rendered, kept = _render_after(before, _edited(dossier, byline="Jan Nowak"))
    assert "articles/extra-2.md" in rendered
    assert {"articles/extra-0.md", "articles/extra-1.md", "articles/extra-3.md"} <= kept


def test_a_key_hashes_values_not_identities():
    a = ("Kazachstan", ("Kazachstan",))
    b = ("".join(["Kazach", "stan"]), ("Kazachstan",))
    assert a[0] is not b[0]
    assert digest(a) == digest(b)
    assert digest(a) != digest(("Kazachstan", ("Kazachstanie",)))
