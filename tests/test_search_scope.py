"""What the search index takes in a large dossier: every article, and the profiles the actors
index lists; the other profiles are still pages (found through their articles), marked for
the theme to leave out of Pagefind's index."""

from dossier import emit
from dossier.config import load_project
from dossier.emit import actors as emit_actors
from dossier.build.pipeline import build_dossier

from conftest import ROOT


def _excluded(text: str) -> bool:
    return "search:\n  exclude: true" in text.split("\n---\n", 1)[0]


def test_large_dossier_indexes_listed_profiles_only(monkeypatch):
    dossier = build_dossier(load_project(ROOT))
    monkeypatch.setattr(emit, "LARGE_DOSSIER", 1)  # the two seeds count as a large dossier
    monkeypatch.setattr(emit_actors, "MAX_INDEX_PER_KIND", 2)
    pages = {p.path: p.text for p in emit.render_pages(emit.profiled(dossier), workers=1)}
    listed = emit_actors.listed_actors(emit.profiled(dossier))
    profiles = {a.id: pages[a.page_path] for a in emit.profiled(dossier).actors}
    assert len(listed) == 6 < len(profiles)
    for actor_id, text in profiles.items():
        assert _excluded(text) == (actor_id not in listed), actor_id
        assert ("dossier-search-terms" in text) == (actor_id in listed)
    articles = [t for path, t in pages.items() if path.startswith("articles/") and
                not path.endswith("index.md")]
    assert articles and not any(_excluded(t) for t in articles)


def test_small_dossier_indexes_every_page_but_the_tags():
    dossier = build_dossier(load_project(ROOT))
    pages = emit.render_pages(dossier, workers=1)
    # The tags page lists the pages' titles under their tags: found on the pages themselves.
    assert [p.path for p in pages if _excluded(p.text)] == ["tags.md"]
