"""What the link stage's decisions read of the groups' counts: the proof behind adding an
edit's mentions of names the dossier already knows without linking it again (incremental.py).

locality.py proves that an edit's new names touch no old group. A mention of a name the
dossier has (a pre-merge group of the last link) is another matter: that group, and every
group it is merged into, gets more mentions, maybe one more article, more kind votes. The
decisions of merge_identities that can see this are the ones reading a group's kind, its
counts, its articles, whether its name is written out, or where in an article it is first
named. Each is recorded here as the link makes it, with what it read and what it decided.
An edit's additions (``Added``) are then applied to what each decision read, and the
decision made again: when every one comes out the same, the link of the dossier with the
additions is the last one's, with each addition in the group its name went to
(``Ledger.check``). Otherwise the dossier is linked again.

What is recorded, and how a decision is made again:
- ``states``: every vote count a group goes through (read as the group's kind): the kind
  must stay with the added votes; ``thin``: the vote counts variants._compatible read to
  tell whether a group was barely voted on (two groups of different kinds): so must that;
- ``choices``: a pick among groups by their counts (the spelling a set of variants takes, the
  name a qualified and a plain name keep, ...), made again with the added counts;
- ``overlaps``: decisions that look at the articles groups share (an acronym among several
  expansions, a misspelt surname, a short name an article introduces): declined when an
  added article is one another side has, or one more than one side gets;
- ``splits``: names cut apart (_split_glued), which move mentions one by one: declined;
- ``written``: whether a group writes its name out, when that was read and was not so:
  declined if an addition writes it;
- ``attachments``: a one-word name's mentions given to full names (_attach_short_names),
  made again with the added articles; the added mentions of a one-word name go where its
  mentions in that article go.
A decision missing here would make the check unsound: tests/test_ledger.py compares the
check's claims with links of the whole dossier, and benchmarks/ledger.py does so on corpora."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# The ledger the running link records into (set by actors.merge_identities), or None.
current: Ledger | None = None


@dataclass(frozen=True)
class Snapshot:
    """A group as a decision read it."""

    name: str
    members: frozenset  # the names of the pre-merge groups whose mentions it holds
    written: bool  # a mention writes its name out
    articles: frozenset
    mentions: int


def snapshot(g) -> Snapshot:
    return Snapshot(g.name, frozenset(g.members), any(m.text == g.name for m in g.mentions),
                    frozenset(m.article for m in g.mentions), len(g.mentions))


@dataclass(frozen=True)
class Added:
    """What an edit adds to one pre-merge group (by its name in the last link)."""

    name: str
    articles: frozenset
    mentions: int
    votes: tuple  # (kind, votes) pairs
    texts: frozenset


# The weights a choice picks the greatest of (choose: the rules pick by these too).
WEIGHTS = {
    # merge_variants: a spelling the texts write out, then articles, mentions, the name.
    "variant": lambda s: (s.written, len(s.articles), s.mentions, s.name),
    "mentions": lambda s: s.mentions,  # _merge_qualified
    "articles": lambda s: (len(s.articles), s.mentions, s.name),  # _merge_shortened
}


def choose(weight: str, groups: list) -> str:
    """The name of the group of ``groups`` with the greatest ``weight`` (the first of equals),
    recorded in the running link's ledger."""
    snaps = [snapshot(g) for g in groups]
    chosen = max(snaps, key=WEIGHTS[weight]).name
    if current is not None:
        current.choices.append((weight, tuple(snaps), chosen))
    return chosen


def kind_of(votes) -> str:
    """The kind a group's votes give (actors.Group.kind, when the editor gives none): the
    most votes; a tie goes to person, then place (and no votes: organization)."""
    person, place, organization = votes["person"], votes["place"], votes["organization"]
    if not votes or organization > max(person, place):
        return "organization"
    return "person" if person >= place else "place"


def barely_voted(votes) -> bool:
    """variants._compatible: a group this weakly voted on may join one of another kind."""
    return sum(votes.values()) <= 2


def vote_state(g) -> tuple:
    """A group's votes as a decision read them: (its members, the votes)."""
    return frozenset(g.members), tuple(sorted(g.votes.items()))


@dataclass
class Attachment:
    name: str  # the one-word group
    kind: str
    members: frozenset
    articles: frozenset  # the articles of its mentions
    targets: tuple  # (name, members, articles) of each full name it may stand for
    dominant: str | None


@dataclass
class Ledger:
    made_of: set = field(default_factory=set)  # the pre-merge groups' names
    states: list = field(default_factory=list)  # (members, votes items)
    thin: list = field(default_factory=list)  # (members, votes items)
    choices: list = field(default_factory=list)  # (weight, snapshots, chosen name)
    overlaps: list = field(default_factory=list)  # sides: ((members, articles), ...)
    splits: list = field(default_factory=list)  # members
    written: list = field(default_factory=list)  # (members, name)
    attachments: list = field(default_factory=list)
    owner: dict = field(default_factory=dict)  # pre-merge name -> the group it ended in

    # Recording (actors.merge_identities calls these).
    def start(self, groups: dict) -> None:
        self.made_of = set(groups)
        for g in groups.values():
            self.state(g)

    def state(self, g) -> None:
        self.states.append(vote_state(g))

    def overlap(self, groups: list) -> None:
        self.overlaps.append(tuple((frozenset(g.members),
                                    frozenset(m.article for m in g.mentions)) for g in groups))

    def finish(self, groups: dict) -> None:
        for name, g in groups.items():
            for member in g.members:
                self.owner[member] = name

    # Checking.
    def check(self, added: list[Added]) -> dict[tuple[str, str], str] | None:
        """Where each addition's mentions go, by (its name, its article), when every
        decision of the link comes out as it did with all of ``added`` applied; else None."""
        if not {a.name for a in added} <= self.made_of:
            return None
        by_name: dict[str, list[Added]] = {}
        for a in added:
            by_name.setdefault(a.name, []).append(a)
        touched = set(by_name)

        def gained(members) -> tuple[set, int, Counter, set]:
            """The articles, mentions, votes and texts additions bring to these members."""
            articles, mentions, votes, texts = set(), 0, Counter(), set()
            for name in members & touched:
                for a in by_name[name]:
                    articles |= a.articles
                    mentions += a.mentions
                    votes.update(dict(a.votes))
                    texts |= a.texts
            return articles, mentions, votes, texts

        for members, items in self.states:
            if members & touched:
                before = Counter(dict(items))
                if kind_of(before) != kind_of(before + gained(members)[2]):
                    return None
        for members, items in self.thin:
            if members & touched:
                before = Counter(dict(items))
                if barely_voted(before) != barely_voted(before + gained(members)[2]):
                    return None
        if any(members & touched for members in self.splits):
            return None
        for members, name in self.written:
            if members & touched and name in gained(members)[3]:
                return None
        for sides in self.overlaps:
            got = [gained(members)[0] if members & touched else set() for members, _ in sides]
            for i, new in enumerate(got):
                others = set().union(*(arts | got[j] for j, (_, arts) in enumerate(sides)
                                       if j != i))
                if new & others:
                    return None
        for weight, snaps, chosen in self.choices:
            if any(s.members & touched for s in snaps):
                grown = [self._grown(s, gained(s.members)) for s in snaps]
                if max(grown, key=WEIGHTS[weight]).name != chosen:
                    return None
        destinations: dict[tuple[str, str], str] = {}
        attached: set[str] = set()
        # The full names the added mentions of one-word names went to, with their articles:
        # the attachments after read those (in the order the link made them).
        sent: dict[str, set] = {}
        for att in self.attachments:
            where = self._attach_again(att, touched, gained, sent)
            if where is None:
                return None
            for name in att.members & touched:
                attached.add(name)
                for a in by_name[name]:
                    for article in a.articles:
                        target = where.get(article)
                        destinations[(name, article)] = target or att.name
                        if target:
                            sent.setdefault(target, set()).add(article)
        for name in touched - attached:
            if name not in self.owner:
                return None
            for a in by_name[name]:
                for article in a.articles:
                    destinations[(name, article)] = self.owner[name]
        if not set(destinations.values()) <= set(self.owner.values()):
            return None  # a group the last link emptied would come back
        return destinations

    @staticmethod
    def _grown(s: Snapshot, gain) -> Snapshot:
        articles, mentions, _votes, texts = gain
        return Snapshot(s.name, s.members, s.written or s.name in texts,
                        s.articles | articles, s.mentions + mentions)

    @staticmethod
    def _attach_again(att: Attachment, touched: set, gained, sent: dict[str, set]
                      ) -> dict[str, str | None] | None:
        """The attachment made again: for each article an addition brings to it, the full
        name the one-word name's mentions there go to (None: they stay); None when the
        attachment of its old mentions would change. ``sent``: the articles full names
        got from the added mentions earlier attachments gave them."""
        from .actors import short_name_dominant, short_name_target

        if not att.members & touched and not any(m & touched or t in sent
                                                 for t, m, _ in att.targets):
            return {}
        names = [t for t, _, _ in att.targets]
        before = {t: arts for t, _, arts in att.targets}
        after = {t: arts | (gained(m)[0] if m & touched else set()) | sent.get(t, set())
                 for t, m, arts in att.targets}
        own = att.articles | (gained(att.members)[0] if att.members & touched else set())
        dominant = short_name_dominant(att.name, att.kind, names, after, own)
        if dominant != att.dominant:
            return None
        brought = set().union(*(after[t] - before[t] for t in names))
        if att.members & touched:
            brought |= gained(att.members)[0]
        where: dict[str, str | None] = {}
        for article in brought:
            target = short_name_target(article, names, after, dominant)
            if article in att.articles and \
                    target != short_name_target(article, names, before, dominant):
                return None  # its old mentions there would go elsewhere
            where[article] = target
        return where
