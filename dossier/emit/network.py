"""The interactive network view: the data and controls that dossier/site/assets/network.js
draws with Cytoscape.js. The static SVG of graph.py stays beside it for readers without
script; the list of actors here is the view's source of links (so the offline build points
them at page files like every other link) and a plain list for anyone.

Article text reaches the page only as escaped HTML text: the names, and the view's data as
JSON in an attribute."""

from __future__ import annotations

import json
from collections import Counter

from ..ids import site_href
from ..model import Dossier
from .text import Labels, html_text

MAX_NODES = 150  # the most mentioned actors: the view's filters and search cover the rest
MAX_NEIGHBOURS = 12  # a profile's neighbourhood: as its picture (graph.network_svg)


def _nodes(dossier: Dossier, counts: dict[str, Counter], center: str | None) -> list[str]:
    if center is not None:
        row = counts.get(center) or {}
        neighbours = [b for b, _ in sorted(row.items(), key=lambda kv: (-kv[1], kv[0]))]
        return [center] + neighbours[:MAX_NEIGHBOURS] if neighbours else []
    ranked = sorted((a for a in dossier.actors if counts.get(a.id)),
                    key=lambda a: (-len(a.mentions), a.id))[:MAX_NODES]
    return sorted(a.id for a in ranked)


def network_data(dossier: Dossier, counts: dict[str, Counter],
                 center: str | None = None) -> dict | None:
    """Nodes (id, name, kind, mentions) and edges (the number of shared paragraphs) of the
    whole network, or of one actor's neighbourhood with the edges among the neighbours
    (``counts`` then graph.CoMentionRows.ego: counted in the centre's paragraphs, and a
    neighbour's "mentions" the paragraphs it shares with the centre)."""
    nodes = _nodes(dossier, counts, center)
    if not nodes:
        return None
    chosen = set(nodes)
    edges = sorted((a, b, w) for a in nodes for b, w in (counts.get(a) or {}).items()
                   if b in chosen and a < b)
    def weight(v: str) -> int:
        # In a neighbourhood, a neighbour weighs the paragraphs it shares with the centre.
        if center is None or v == center:
            return len(dossier.actor(v).mentions)
        return counts[center][v]

    return {
        "center": center,
        "nodes": [{"id": v, "name": dossier.actor(v).name, "kind": dossier.actor(v).kind,
                   "mentions": weight(v)} for v in nodes],
        "edges": [[a, b, w] for a, b, w in edges],
    }


def attribute_json(data) -> str:
    """JSON for an HTML attribute: escaped as attribute text (quotes, '<', '&'), on one line
    (the block stays one Markdown HTML block). An attribute, not a <script> element: no
    text of an article stands anywhere a browser could run it."""
    return html_text(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":")))


def _controls(labels: Labels, data: dict) -> str:
    view = labels["network_view"]
    kinds = sorted({n["kind"] for n in data["nodes"]},
                   key=("person", "organization", "place").index)
    boxes = "".join(f'<label><input type="checkbox" value="{k}" checked> '
                    f'{html_text(view["kinds"][k])}</label>' for k in kinds)
    peak = max((w for _a, _b, w in data["edges"]), default=1)
    return (f'<div class="dossier-network__controls">'
            f'<input type="search" class="dossier-network__search" autocomplete="off" '
            f'placeholder="{html_text(view["search"])}" aria-label="{html_text(view["search"])}">'
            f'<span class="dossier-network__kinds" role="group" '
            f'aria-label="{html_text(view["shown"])}">{boxes}</span>'
            f'<label class="dossier-network__min">{html_text(view["min_shared"])} '
            f'<input type="range" min="1" max="{peak}" value="1" step="1"> '
            f'<output>1</output></label>'
            f'<span class="dossier-network__zoom">'
            f'<button type="button" data-zoom="in" title="{html_text(view["zoom_in"])}" '
            f'aria-label="{html_text(view["zoom_in"])}">+</button>'
            f'<button type="button" data-zoom="out" title="{html_text(view["zoom_out"])}" '
            f'aria-label="{html_text(view["zoom_out"])}">−</button>'
            f'<button type="button" data-zoom="fit" title="{html_text(view["fit"])}" '
            f'aria-label="{html_text(view["fit"])}">⤢</button></span></div>')


def network_view(dossier: Dossier, from_page: str, counts: dict[str, Counter],
                 center: str | None = None) -> str:
    """The view's block for a page (raw HTML, one Markdown block), or "" with no network.
    It starts hidden: network.js shows it and hides the static picture."""
    data = network_data(dossier, counts, center)
    if data is None:
        return ""
    labels = Labels(dossier.language)
    view = labels["network_view"]
    items = "".join(
        f'<li><a href="{html_text(site_href(from_page, dossier.actor(n["id"]).page_path))}" '
        f'data-node="{html_text(n["id"])}">{html_text(n["name"])}</a></li>'
        for n in sorted(data["nodes"], key=lambda n: (-n["mentions"], n["id"])))
    words = {"open": view["open"], "kinds": labels["kinds"]}
    return (f'<div class="dossier-network-block">'
            f'<div class="dossier-network" data-dossier-network hidden>'
            + _controls(labels, data)
            + f'<div class="dossier-network__canvas" role="img" '
              f'aria-label="{html_text(labels["network"])}"></div>'
              f'<p class="dossier-network__info" aria-live="polite">'
              f'{html_text(view["help"])}</p>'
              f'<span class="dossier-network__data" hidden '
              f'data-network="{attribute_json({"graph": data, "words": words})}"></span></div>'
              f'<details class="dossier-network__list" data-search-ignore>'
              f'<summary>{html_text(view["list"])} ({len(data["nodes"])})</summary>'
              f'<ul>{items}</ul></details></div>')
