"""The FollowTheMoney and TimelineJS exports: loaded by the followthemoney package itself,
checked against TimelineJS' documented JSON shape, deterministic, and safe with hostile text."""

import json

import pytest

from conftest import write
from dossier.cli.main import main

HOSTILE = """---
title: "<script>alert(1)</script> Tokajew w Ałmaty"
date: 2022-01-05
source: "<b>PAP</b>"
url: "javascript:alert(2)"
---

Prezydent Kazachstanu Kasym-Żomart Tokajew ogłosił w środę stan wyjątkowy w Ałmaty <img src=x onerror=alert(3)>.

W czwartek Władimir Putin rozmawiał z Tokajewem o sytuacji w Kazachstanie.
"""


def _export(project, fmt: str, tmp_path, name: str = "out") -> str:
    out = tmp_path / f"{name}.{fmt}"
    assert main(["export", "--project", str(project), "--format", fmt, "-o", str(out),
                 "-q"]) == 0
    return out.read_text(encoding="utf-8")


@pytest.fixture
def hostile(project):
    write(project / "content" / "hostile.md", HOSTILE)
    return project


def test_ftm_export_loads_in_followthemoney(hostile, tmp_path):
    from followthemoney import model
    from followthemoney.exc import InvalidData

    lines = _export(hostile, "ftm", tmp_path).splitlines()
    entities = {}
    for line in lines:
        data = json.loads(line)
        try:
            # cleaned=False: followthemoney cleans every value by its property's type.
            proxy = model.get_proxy(data, cleaned=False)
        except InvalidData as exc:  # an unknown schema or property, a self-reference
            pytest.fail(f"{exc}: {line}")
        # Cleaning dropped nothing: each value is valid for its type (an id with '_' is not).
        cleaned = proxy.to_dict()["properties"]
        assert {k: sorted(v) for k, v in cleaned.items()} == data["properties"], line
        assert proxy.id not in entities, f"duplicate id {proxy.id}"
        entities[proxy.id] = proxy
    schemata = {p.schema.name for p in entities.values()}
    assert {"Person", "Organization", "Address", "Article", "Mention", "Event"} <= schemata
    # Every reference names an entity of the file, of the schema its property admits.
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in entities, (proxy.id, prop.name, value)
                assert entities[value].schema.is_a(prop.range), (proxy.id, prop.name)


def test_ftm_export_says_what_the_dossier_says(project, tmp_path):
    exported = json.loads(_export(project, "json", tmp_path))
    entities = [json.loads(line) for line in _export(project, "ftm", tmp_path).splitlines()]
    by_id = {e["id"]: e for e in entities}
    for actor in exported["actors"]:
        entity = by_id["dossier.actor." + actor["id"].replace("_", ".")]
        assert entity["properties"]["name"] == [actor["name"]]
    mentions = [e for e in entities if e["schema"] in ("Mention", "Documentation")]
    pairs = {(a["id"], m["article"]) for a in exported["actors"] for m in a["mentions"]}
    assert len(mentions) == len(pairs)
    events = [e for e in entities if e["schema"] == "Event"]
    assert len(events) == len(exported["events"])
    assert sum(e["schema"] == "Article" for e in entities) == len(exported["articles"])


# TimelineJS' JSON format as documented (https://timeline.knightlab.com/docs/json-format.html):
# a date object has a required year and optional parts; text is headline + text; media needs url.
_DATE = {"type": "object", "required": ["year"], "additionalProperties": False,
         "properties": {k: {"type": "string", "pattern": "^[0-9]+$"}
                        for k in ("year", "month", "day", "hour", "minute", "second",
                                  "millisecond")} | {"display_date": {"type": "string"}}}
_TEXT = {"type": "object", "additionalProperties": False,
         "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
_MEDIA = {"type": "object", "required": ["url"], "additionalProperties": False,
          "properties": {k: {"type": "string"} for k in
                         ("url", "caption", "credit", "thumbnail", "alt", "title", "link",
                          "link_target")}}
TIMELINEJS_SCHEMA = {
    "type": "object", "required": ["events"], "additionalProperties": False,
    "properties": {
        "title": {"type": "object", "properties": {"text": _TEXT, "media": _MEDIA}},
        "scale": {"enum": ["human", "cosmological"]},
        "eras": {"type": "array"},
        "events": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["start_date"], "additionalProperties": False,
            "properties": {"start_date": _DATE, "end_date": _DATE, "text": _TEXT,
                           "media": _MEDIA, "group": {"type": "string"},
                           "display_date": {"type": "string"},
                           "background": {"type": "object"}, "autolink": {"type": "boolean"},
                           "unique_id": {"type": "string"}}}},
    },
}


def test_timelinejs_export_has_the_documented_shape(hostile, tmp_path):
    import jsonschema

    exported = json.loads(_export(hostile, "json", tmp_path))
    timeline = json.loads(_export(hostile, "timelinejs", tmp_path))
    jsonschema.validate(timeline, TIMELINEJS_SCHEMA)
    assert len(timeline["events"]) == len(exported["events"])
    for event in timeline["events"]:
        assert event["text"]["text"] and event["group"] and event["media"]["url"]
    ids = [e["unique_id"] for e in timeline["events"]]
    assert len(ids) == len(set(ids))


def test_timelinejs_dates_keep_their_precision(project, tmp_path):
    exported = json.loads(_export(project, "json", tmp_path))
    timeline = json.loads(_export(project, "timelinejs", tmp_path))
    for event, source in zip(timeline["events"], exported["events"]):
        parts = [int(p) for p in source["date"]["value"].split("-")]
        got = [int(event["start_date"][k]) for k in ("year", "month", "day")
               if k in event["start_date"]]
        assert got == parts, (event, source)


def test_exports_never_carry_article_markup(hostile, tmp_path):
    timeline = _export(hostile, "timelinejs", tmp_path)
    ftm = _export(hostile, "ftm", tmp_path)
    assert "<script" not in timeline and "<img" not in timeline and "<b>" not in timeline
    assert "&lt;script&gt;" in timeline or "&lt;img" in timeline
    assert "javascript:" not in timeline and "javascript:" not in ftm


@pytest.mark.parametrize("fmt", ["json", "ftm", "timelinejs"])
def test_exports_are_byte_identical_on_repeat(hostile, tmp_path, fmt):
    assert _export(hostile, fmt, tmp_path, "a") == _export(hostile, fmt, tmp_path, "b")


def test_an_unknown_format_is_a_message(project, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--project", str(project), "--format", "csv"])
    assert exc.value.code == 2
    assert "invalid choice: 'csv'" in capsys.readouterr().err
