"""Extraction quality on the seeds, measured against the hand annotation (shared/gold)."""

import re
import shutil

import pytest
import yaml

from dossier.config import load_project
from dossier.evaluate import score_actors, score_events, score_quotes
from dossier.build.pipeline import build_dossier

from conftest import ROOT, SHARED

GOLD_FILE = SHARED / "gold" / "seeds.yml"
pytestmark = pytest.mark.skipif(not GOLD_FILE.exists(), reason="needs ../shared/gold/seeds.yml")


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(GOLD_FILE.read_text("utf-8"))


@pytest.fixture(scope="module")
def seeds():
    return build_dossier(load_project(ROOT))


def test_actor_quality(seeds, gold):
    s = score_actors(seeds.articles, seeds.actors, gold)
    assert s.recall >= 0.95, s.missed
    assert s.precision >= 0.90, s.spurious
    assert s.canonical_accuracy >= 0.95, s.wrong_names


def test_actors_in_both_seeds_are_one_actor(seeds, gold):
    for g in gold["actors"]:
        if len(g["forms"]) < 2 or g.get("optional"):
            continue
        holders = {a.id for a in seeds.actors for m in a.mentions
                   for forms in g["forms"].values() if m.text in forms}
        assert len(holders) == 1, (g["name"], holders)


def test_no_page_for_not_actors(seeds, gold):
    names = {a.name for a in seeds.actors} | {f for a in seeds.actors for f in a.forms}
    assert not names & set(gold["not_actors"])


def test_article_dates_with_headers_as_given(seeds, gold):
    dates = {a.source.split(".")[0]: a.date for a in seeds.articles}
    assert dates["001_01fde6d5beb19eeb"].value == "2022-01-06"
    assert dates["001_01fde6d5beb19eeb"].inferred is True
    assert dates["000_fa6e131e1ecad4e0"].value == "2022-01"
    events_000 = [e for e in seeds.events if e.article == "000_fa6e131e1ecad4e0"]
    assert events_000 and all(e.date.precision == "month" for e in events_000)
    weekdays = {e.cue.lower(): e.weekday for e in events_000 if e.weekday is not None}
    assert weekdays["w niedzielę"] == 6 and weekdays["w czwartek"] == 3


def test_all_gold_events_with_true_dates(tmp_path, gold):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for key, info in gold["articles"].items():
        path = content / f"{key}.txt"
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"^\s*date \S+", f" date {info['true_date']}", text, count=1),
                        "utf-8")
    dossier = build_dossier(load_project(ROOT, content_dir=content))
    found, total, missed = score_events(dossier.articles, dossier.events, gold)
    assert found == total == 11, missed


def test_quotes_attributed(seeds, gold):
    right, total, wrong = score_quotes(seeds.articles, seeds.actors, seeds.quotes, gold)
    assert right >= 6, wrong
