"""An actor in the making: the mentions gathered under one canonical name, and the few
operations every merge rule uses on groups (rules/)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Group:
    """Mentions gathered under one canonical name."""

    name: str
    mentions: list = field(default_factory=list)  # RawMention
    aliases: set[str] = field(default_factory=set)
    votes: Counter = field(default_factory=Counter)
    media: bool = False
    # The editor's word (content/actors.yml) wins over what dossier found.
    curated: bool = False
    kind_override: str | None = None
    role_override: str | None = None  # "" means: no role
    description: str | None = None

    def absorb(self, other: Group) -> None:
        self.mentions.extend(other.mentions)
        self.aliases |= other.aliases
        if other.name != self.name:
            self.aliases.add(other.name)
        self.votes.update(other.votes)
        self.media = self.media or other.media
        self.description = self.description or other.description

    def vote(self, kind: str, n: int) -> None:
        self.votes[kind] += n

    @property
    def kind(self) -> str:
        return self.kind_override or kind_of(self.votes)

    @property
    def articles(self) -> frozenset:
        return frozenset(m.article for m in self.mentions)


def kind_of(votes) -> str:
    """The kind a group's votes give (when the editor gives none): the most votes; a tie
    goes to person, then place (and no votes: organization)."""
    person, place, organization = votes["person"], votes["place"], votes["organization"]
    if not votes or organization > max(person, place):
        return "organization"
    return "person" if person >= place else "place"


def barely_voted(votes) -> bool:
    """A group this weakly voted on (a single weak cue) may join one of another kind."""
    return sum(votes.values()) <= 2


def merge(groups: dict[str, Group], source: str, target: str) -> None:
    """The group named ``source`` joins the one named ``target``."""
    if source == target or source not in groups or target not in groups:
        return
    groups[target].absorb(groups.pop(source))


# What a rule picks the greatest of among groups (choose).
WEIGHTS = {
    # merge_variants: a spelling the texts write out, then articles, mentions, the name.
    "variant": lambda g: (any(m.text == g.name for m in g.mentions), len(g.articles),
                          len(g.mentions), g.name),
    "mentions": lambda g: len(g.mentions),  # rules/qualified.py
    "articles": lambda g: (len(g.articles), len(g.mentions), g.name),  # rules/shortened.py
}


def choose(weight: str, groups: list[Group]) -> str:
    """The name of the group of ``groups`` with the greatest ``weight`` (the first of
    equals)."""
    return max(groups, key=WEIGHTS[weight]).name
