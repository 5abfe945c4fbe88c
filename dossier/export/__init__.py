"""Exports of a dossier: the default JSON of shared/SCHEMA.md (schema.py, the stable
contract), FollowTheMoney entities (ftm.py) and a TimelineJS timeline (timelinejs.py)."""

from __future__ import annotations

from .schema import SCHEMA, article_json, dumps, to_export

FORMATS = ("json", "ftm", "timelinejs")


def render(dossier, fmt: str) -> str:
    """The dossier in one of FORMATS, as the text to write (UTF-8, LF, deterministic)."""
    if fmt == "ftm":
        from .ftm import dumps as ftm_dumps

        return ftm_dumps(dossier)
    if fmt == "timelinejs":
        from .timelinejs import dumps as tl_dumps

        return tl_dumps(dossier)
    return dumps(dossier)


__all__ = ["FORMATS", "SCHEMA", "article_json", "dumps", "render", "to_export"]
