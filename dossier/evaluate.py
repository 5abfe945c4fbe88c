"""Extraction quality against hand-annotated gold (shared/gold/seeds.yml): used by the tests
and by benchmarks/seeds.py. Articles are matched to gold by their source file's stem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .model import Actor, Article


@dataclass
class ActorScore:
    gold: int = 0  # non-optional gold actors, per article
    found: int = 0
    canonical: int = 0
    predicted: int = 0  # dossier actors, per article
    correct: int = 0  # of those, matching a gold actor (optional ones included)
    missed: list[str] = field(default_factory=list)
    wrong_names: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def canonical_accuracy(self) -> float:
        return self.canonical / self.found if self.found else 1.0


def _gold_key(article: Article) -> str:
    return PurePosixPath(article.source).stem


def score_actors(articles: list[Article], actors: list[Actor], gold: dict) -> ActorScore:
    score = ActorScore()
    key_of = {a.id: _gold_key(a) for a in articles}
    for article in articles:
        key = key_of[article.id]
        if key not in gold["articles"]:
            continue
        here = [a for a in actors if any(m.article == article.id for m in a.mentions)]
        gold_here = [g for g in gold["actors"] if key in g.get("forms", {})]
        matched_predicted = set()
        for g in gold_here:
            forms = set(g["forms"][key]) | {g["name"]}
            hit = next((a for a in here if a.name == g["name"]), None) or next(
                (a for a in here if any(m.article == article.id and m.text in forms
                                        for m in a.mentions)), None)
            if hit is not None:
                matched_predicted.add(hit.id)
            if g.get("optional"):
                continue
            score.gold += 1
            if hit is None:
                score.missed.append(f"{key}: {g['name']}")
                continue
            score.found += 1
            if hit.name == g["name"]:
                score.canonical += 1
            else:
                score.wrong_names.append(f"{key}: {hit.name} (gold {g['name']})")
        score.predicted += len(here)
        score.correct += len(matched_predicted)
        score.spurious += [f"{key}: {a.name}" for a in here if a.id not in matched_predicted]
    return score
