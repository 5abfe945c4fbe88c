"""The network pictures: every label on the canvas, long names cut (whole in the title);
the co-mention counts, row by row, as for the whole dossier."""

import xml.etree.ElementTree as ET

from dossier.config import load_project
from dossier.emit import profiled
from dossier.emit.graph import MAX_LABEL, CoMentionRows, co_mentions, network_svg
from dossier.build.pipeline import build_dossier

from conftest import ROOT

SVG = "{http://www.w3.org/2000/svg}"


def test_labels_stay_on_the_canvas_and_long_names_are_cut():
    dossier = profiled(build_dossier(load_project(ROOT), use_cache=False))
    counts = co_mentions(dossier)
    center = max(dossier.actors, key=lambda a: (len(counts.get(a.id, {})), a.id))
    size = 420
    svg = ET.fromstring(network_svg(dossier, center.page_path, counts, center=center.id,
                                    size=size, standalone=True))
    labels = [t for t in svg.iter(f"{SVG}text")]
    titles = [t.text for t in svg.iter(f"{SVG}title")]
    assert len(labels) >= 10
    long_names = [a.name for a in dossier.actors if len(a.name) > MAX_LABEL and
                  any(a.name in t for t in titles)]
    assert long_names  # the seeds' neighbourhood has one (Organizacja Układu o ...)
    for label in labels:
        text, x = label.text, float(label.get("x"))
        assert len(text) <= MAX_LABEL
        # A 13px letter is about 7px wide: the label's half must fit on either side.
        assert 3.5 * len(text) <= x <= size - 3.5 * len(text), text
    for name in long_names:
        assert any(t.text.endswith("…") and name.startswith(t.text[:-1]) for t in labels)


def test_co_mention_rows_are_the_dossier_s():
    dossier = profiled(build_dossier(load_project(ROOT), use_cache=False))
    counts = co_mentions(dossier)
    rows = CoMentionRows(dossier)
    assert sum(len(counts[a.id]) > 0 for a in dossier.actors) >= 10
    for actor in dossier.actors:
        assert rows[actor.id] == counts[actor.id], actor.name
