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


def score_events(articles: list[Article], events, gold: dict) -> tuple[int, int, list[str]]:
    """Gold events found on their date: an event of the same article whose cue is the gold
    cue (case aside) and whose date value equals the gold date."""
    key_of = {a.id: _gold_key(a) for a in articles}
    found, missed = 0, []
    for g in gold["events"]:
        hit = [e for e in events if key_of.get(e.article) == g["article"]
               and e.cue.lower().endswith(g["cue"].lower()) and e.date.value == g["date"]]
        if hit:
            found += 1
        else:
            missed.append(f"{g['article']}: {g['cue']} {g['date']}")
    return found, len(gold["events"]), missed


def score_quotes(articles: list[Article], actors: list[Actor], quotes, gold: dict
                 ) -> tuple[int, int, list[str]]:
    """Gold quotes attributed to the right speaker (by canonical name or by a form the gold
    gives for that speaker)."""
    key_of = {a.id: _gold_key(a) for a in articles}
    by_id = {a.id: a for a in actors}
    gold_forms = {g["name"]: {f for fs in g.get("forms", {}).values() for f in fs} | {g["name"]}
                  for g in gold["actors"]}
    right, wrong = 0, []
    for g in gold["quotes"]:
        q = next((q for q in quotes if key_of.get(q.article) == g["article"]
                  and q.text.startswith(g["starts"])), None)
        speaker = by_id.get(q.speaker) if q and q.speaker else None
        if speaker and (speaker.name == g["speaker"] or
                        set(speaker.forms) & gold_forms.get(g["speaker"], set())):
            right += 1
        else:
            wrong.append(f"{g['starts']}: {speaker.name if speaker else None} "
                         f"(gold {g['speaker']})")
    return right, len(gold["quotes"]), wrong


@dataclass
class DossierActorScore:
    """A dossier's actors against a reader's list (tests/fixtures/english_names.yml): an
    actor is right when its name is one of a listed actor's names; a second actor under
    one listed actor (an English and a Polish form left apart) is a false one."""

    predicted: int
    gold: int
    correct: int
    found: int
    kinds_right: int
    spurious: list[str]
    missed: list[str]
    wrong_kinds: list[str]

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kinds_right / self.found if self.found else 0.0


def score_dossier_actors(actors: list[Actor], gold: list[dict]) -> DossierActorScore:
    by_name = {n: i for i, g in enumerate(gold) for n in g["names"]}
    taken: dict[int, Actor] = {}
    spurious, wrong_kinds, optional_hits = [], [], 0
    for actor in sorted(actors, key=lambda a: (-len(a.mentions), a.name)):
        i = by_name.get(actor.name)
        if i is None or i in taken:
            spurious.append(actor.name)
            continue
        taken[i] = actor
        if gold[i].get("optional"):
            optional_hits += 1
        elif actor.kind not in gold[i]["kinds"]:
            wrong_kinds.append(f"{actor.name}: {actor.kind}")
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    found = [i for i in required if i in taken]
    return DossierActorScore(
        predicted=len(actors) - optional_hits, gold=len(required),
        correct=len(taken) - optional_hits, found=len(found),
        kinds_right=len(found) - len(wrong_kinds), spurious=sorted(spurious),
        missed=sorted(gold[i]["names"][0] for i in required if i not in taken),
        wrong_kinds=sorted(wrong_kinds))
