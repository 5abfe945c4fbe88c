"""The actor network: who is mentioned with whom, drawn at build time as SVG (no script, no
network). The layout is a force-directed one with a fixed start and a fixed number of steps,
so the same dossier always gives the same picture."""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict

from ..ids import site_href
from ..link.events import mentions_by_article
from ..model import Article, Dossier
from .network import network_view
from .page import GENERATED_NOTE, Page
from .text import Labels, front_matter, html_text, md_escape

GRAPH = "graph/index.md"
MAX_NODES = 60
STANDALONE_STYLE = (".dossier-edge{stroke:#bbb}.dossier-node{stroke:#fff;stroke-width:1.5}"
                    ".dossier-node-person{fill:#1e88e5}.dossier-node-org{fill:#e53935}"
                    ".dossier-node-place{fill:#43a047}.dossier-node-label{font:13px sans-serif;"
                    "paint-order:stroke;stroke:#fff;stroke-width:3px;"
                    "text-anchor:middle;fill:#333}")
KIND_CLASS = {"person": "dossier-node-person", "organization": "dossier-node-org",
              "place": "dossier-node-place"}


def paragraph_members(article: Article, mentions) -> dict[int, set[str]]:
    """The actors named in each paragraph of one article, by the paragraph's start
    (``mentions``: the article's (start, end, actor)). The co-mention counts are made of
    these; incremental.relink compares them before and after an edit."""
    starts = [b.start for b in article.blocks]
    members: dict[int, set[str]] = defaultdict(set)
    for start, _end, actor in mentions:
        i = bisect.bisect_right(starts, start) - 1  # the paragraph by bisection
        if i >= 0 and start < article.blocks[i].end:
            members[starts[i]].add(actor.id)
    return members


def co_mentions(dossier: Dossier) -> dict[str, Counter]:
    """For each actor, the actors mentioned in the same paragraphs, with how many."""
    mentions = mentions_by_article(dossier.actors)
    in_block: dict[tuple[str, int], set[str]] = {}
    for article in dossier.articles:
        for start, members in paragraph_members(article, mentions.get(article.id, ())).items():
            in_block[(article.id, start)] = members
    counts: dict[str, Counter] = defaultdict(Counter)
    for key in sorted(in_block):
        if len(in_block[key]) < 2:
            continue
        members = sorted(in_block[key])  # a fixed order: float sums must not depend on hashing
        for a in members:
            counts[a].update(members)  # counted in C; each one's count of itself goes below
    for a, row in counts.items():
        del row[a]
    return counts


class CoMentionRows:
    """co_mentions, row by row, for the actors asked only (a render of a few pages after an
    edit): an actor's row is counted over the paragraphs of its own articles, as
    co_mentions counts it. ``actors_in``: article id -> the actors named there (made from
    the dossier when not given)."""

    def __init__(self, dossier: Dossier, actors_in: dict[str, list] | None = None):
        if actors_in is None:
            actors_in = {}
            for actor in dossier.actors:
                for article_id in actor.articles:
                    actors_in.setdefault(article_id, []).append(actor)
        self._articles = {a.id: a for a in dossier.articles}
        self._actors = {a.id: a for a in dossier.actors}
        self._actors_in = actors_in
        self._rows: dict[str, Counter] = {}
        self._paragraphs: dict[str, list[tuple[set[str], list[str]]]] = {}
        self._where: dict[str, dict[str, list]] = {}  # actor -> article -> its mentions

    def _mentions_in(self, article_id: str) -> list[tuple[int, int, object]]:
        out = []
        for actor in self._actors_in.get(article_id, ()):
            where = self._where.get(actor.id)
            if where is None:
                where = self._where[actor.id] = defaultdict(list)
                for m in actor.mentions:
                    where[m.article].append((m.start, m.end, actor))
            out += where.get(article_id, ())
        return out

    def _shared(self, article_id: str) -> list[tuple[set[str], list[str]]]:
        """The paragraphs of one article naming two actors or more: their actors, as a set
        and sorted. Made once per article (every actor named there asks)."""
        shared = self._paragraphs.get(article_id)
        if shared is None:
            members = paragraph_members(self._articles[article_id],
                                        self._mentions_in(article_id)).values()
            shared = self._paragraphs[article_id] = [(m, sorted(m)) for m in members
                                                     if len(m) >= 2]
        return shared

    def __getitem__(self, actor_id: str) -> Counter:
        if actor_id not in self._rows:
            row: Counter = Counter()
            actor = self._actors.get(actor_id)
            for article_id in actor.articles if actor else ():
                for members, _ in self._shared(article_id):
                    if actor_id in members:
                        row.update(members)
            row.pop(actor_id, None)
            self._rows[actor_id] = row
        return self._rows[actor_id]

    def get(self, actor_id: str, default=None) -> Counter:
        return self[actor_id]

    def ego(self, actor_id: str) -> dict[str, Counter]:
        """Who is named with whom in the paragraphs naming ``actor_id``: its neighbourhood
        as its own articles show it (a profile's picture counts nothing from articles that do
        not name its actor, so an edit elsewhere leaves the profile as it was)."""
        counts: dict[str, Counter] = defaultdict(Counter)
        actor = self._actors.get(actor_id)
        for article_id in actor.articles if actor else ():
            for members, ordered in self._shared(article_id):
                if actor_id in members:
                    for a in ordered:
                        counts[a].update(ordered)
        for a, row in counts.items():
            del row[a]
        return counts


def _layout(nodes: list[str], edges: dict[tuple[str, str], int], size: float
            ) -> dict[str, tuple[float, float]]:
    """A force-directed layout, 150 steps from points on a circle. Positions live in lists
    by node index (a dict of lists per step cost most of the network page's time); the
    arithmetic is the same, term for term, so the picture is too."""
    n = len(nodes)
    xs = [size / 2 + size * 0.4 * math.cos(2 * math.pi * i / n) for i in range(n)]
    ys = [size / 2 + size * 0.4 * math.sin(2 * math.pi * i / n) for i in range(n)]
    k = size / math.sqrt(max(n, 1)) * 1.6
    kk = k * k
    index = {v: i for i, v in enumerate(nodes)}
    springs = [(index[a], index[b], 1 + math.log(w)) for (a, b), w in sorted(edges.items())]
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    hypot = math.hypot
    temperature = size / 10
    for _ in range(150):
        ddx, ddy = [0.0] * n, [0.0] * n
        for i, j in pairs:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            d = hypot(dx, dy) or 0.01
            f = kk / d
            fx, fy = dx / d * f, dy / d * f
            ddx[i] += fx
            ddy[i] += fy
            ddx[j] -= fx
            ddy[j] -= fy
        for i, j, pull in springs:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            d = hypot(dx, dy) or 0.01
            f = d * d / k * pull
            fx, fy = dx / d * f, dy / d * f
            ddx[i] -= fx
            ddy[i] -= fy
            ddx[j] += fx
            ddy[j] += fy
        for i in range(n):
            dx, dy = ddx[i], ddy[i]
            d = hypot(dx, dy) or 0.01
            xs[i] = min(size - 40, max(40, xs[i] + dx / d * min(d, temperature)))
            ys[i] = min(size - 20, max(20, ys[i] + dy / d * min(d, temperature)))
        temperature *= 0.97
    # Fill the canvas: stretch the layout to the margins (labels need room at the sides).
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    mx, my = 70, 30
    return {v: (round(mx + (xs[i] - min(xs)) / span_x * (size - 2 * mx), 1),
                round(my + (ys[i] - min(ys)) / span_y * (size - 2 * my), 1))
            for i, v in enumerate(nodes)}


MAX_LABEL = 24  # letters: a longer name is cut at a word (its node's title has it whole)


def _label(name: str) -> str:
    if len(name) <= MAX_LABEL:
        return name
    cut = name[:MAX_LABEL - 1].rsplit(" ", 1)[0] if " " in name[:MAX_LABEL - 1] \
        else name[:MAX_LABEL - 1]
    return cut + "…"


def _label_x(x: float, name: str, size: int) -> float:
    """Where a centred label stands so that it stays on the canvas (a 13px sans-serif
    letter is about 7px wide)."""
    half = min(size / 2, 3.6 * len(name))
    return round(min(max(x, half), size - half), 1)


def _ego_drawing(dossier: Dossier, counts, center: str, size: int):
    """One actor's neighbours on a circle around it: (nodes, positions, edges, sizes), or
    None when it has none."""
    neighbours = [b for b, _ in sorted(counts.get(center, {}).items(),
                                       key=lambda kv: (-kv[1], kv[0]))[:12]]
    if not neighbours:
        return None
    nodes = [center] + neighbours
    pos = {center: (size / 2, size / 2)}
    for i, v in enumerate(neighbours):
        angle = 2 * math.pi * i / len(neighbours)
        pos[v] = (round(size / 2 + size * 0.36 * math.cos(angle), 1),
                  round(size / 2 + size * 0.36 * math.sin(angle), 1))
    edges = {(center, v): counts[center][v] for v in neighbours}
    # A neighbour's size: the paragraphs it shares with the centre (what the centre's
    # articles say of it); the centre's, its mentions.
    sizes = {v: counts[center][v] for v in neighbours}
    sizes[center] = len(dossier.actor(center).mentions)
    return nodes, pos, edges, sizes


def _whole_drawing(dossier: Dossier, counts, size: int):
    """The most mentioned actors, laid out by their co-mentions, or None with none."""
    ranked = sorted((a for a in dossier.actors if counts.get(a.id)),
                    key=lambda a: (-len(a.mentions), a.id))[:MAX_NODES]
    nodes = sorted(a.id for a in ranked)
    if not nodes:
        return None
    chosen = set(nodes)
    edges = {(a, b): w for a in nodes for b, w in counts.get(a, {}).items()
             if b in chosen and a < b}
    pos = _layout(nodes, edges, size)
    return nodes, pos, edges, {v: len(dossier.actor(v).mentions) for v in nodes}


def network_svg(dossier: Dossier, from_page: str, counts: dict[str, Counter],
                center: str | None = None, size: int = 760, standalone: bool = False) -> str:
    """The network of the most mentioned actors, or (with ``center``) one actor's neighbours.
    A ``standalone`` picture is a file of its own (shown with <img>: cheap for MkDocs to
    carry, no links inside, its styles inline)."""
    labels = Labels(dossier.language)
    drawn = _ego_drawing(dossier, counts, center, size) if center is not None else \
        _whole_drawing(dossier, counts, size)
    if drawn is None:
        return ""
    nodes, pos, edges, sizes = drawn
    peak = max(edges.values(), default=1)
    parts = []
    for (a, b), w in sorted(edges.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        width = round(0.6 + 3.4 * w / peak, 2)
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{width}" '
                     f'class="dossier-edge"><title>{html_text(dossier.actor(a).name)} — '
                     f'{html_text(dossier.actor(b).name)}: {w}</title></line>')
    for v in nodes:
        actor = dossier.actor(v)
        x, y = pos[v]
        r = round(5 + 2.5 * math.sqrt(sizes[v]), 1)
        label = _label(actor.name)  # the whole name is in the node's title
        kind = labels["kinds"][actor.kind]
        # The number in a neighbour's title is on its edge (shared paragraphs) already.
        count = "" if center is not None and v != center else f", {sizes[v]}"
        node = (f'<circle cx="{x}" cy="{y}" r="{r}" '
                f'class="dossier-node {KIND_CLASS[actor.kind]}"><title>{html_text(actor.name)} '
                f'({html_text(kind)}{count})</title></circle>'
                f'<text x="{_label_x(x, label, size)}" y="{round(max(y - r - 3, 14), 1)}" '
                f'class="dossier-node-label">'
                f"{html_text(label)}</text>")
        if standalone:
            parts.append(node)
        else:
            parts.append(f'<a href="{html_text(site_href(from_page, actor.page_path))}">'
                         f"{node}</a>")
    if standalone:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
                f'width="{size}" height="{size}"><style>{STANDALONE_STYLE}</style>'
                + "".join(parts) + "</svg>\n")
    return (f'<div class="dossier-graph"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="{html_text(labels["network"])}" width="100%" viewBox="0 0 {size} '
            f'{size}">' + "".join(parts) + "</svg></div>")


def render_graph(dossier: Dossier, counts: dict[str, Counter]) -> Page:
    labels = Labels(dossier.language)
    parts = [front_matter({"title": labels["network"], "generated_by": "dossier"}),
             GENERATED_NOTE.format(source="content/"), f"# {labels['network']}",
             md_escape(labels["network_note"])]
    svg = network_svg(dossier, GRAPH, counts)
    parts.append(svg or labels["no_actors"])
    view = network_view(dossier, GRAPH, counts)  # the interactive view, shown by script
    if view:
        parts.append(view)
    legend = " · ".join(f'<span class="dossier-legend {KIND_CLASS[k]}"></span> '
                        f"{html_text(labels['kinds'][k])}" for k in KIND_CLASS)
    parts.append(f'<p class="dossier-legend-row">{legend}</p>')
    return Page(GRAPH, "\n\n".join(parts) + "\n")
