"""The editor's corrections to actors, from content/actors.yml. Read, never written.

Each entry names one actor as the editor wants it::

    - name: Lufthansa            # the canonical name to show (a rename)
      same_as: [Lufhansa]        # actors found by dossier (by name, alias or form) merged in
      aliases: [Deutsche Lufthansa]
      kind: organization         # person | organization | place
      role: media                # or null
      description: Niemieckie linie lotnicze.
    - name: Puł Pierwogo
      not_actor: true            # a false positive: no page, no links
    - name: Adam Kowalski        # a split: mentions written so leave the actor they joined
      forms: [Adam Kowalski, Adama Kowalskiego]

Entries are matched against what dossier found before any curation, so they keep working
when articles are added and the dossier is rebuilt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..model import Diagnostic

CURATION_FILE = "actors.yml"
KINDS = ("person", "organization", "place")
SHOWN = f"content/{CURATION_FILE}"
_KEYS = {"name", "same_as", "aliases", "forms", "kind", "role", "description", "not_actor"}


@dataclass(frozen=True)
class Entry:
    name: str
    same_as: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    kind: str | None = None
    role: str | None = None
    role_set: bool = False
    description: str | None = None
    not_actor: bool = False
    line: int | None = None


def _strings(value, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ValueError(f"'{what}' must be a list of names")
    return tuple(str(v).strip() for v in value if str(v).strip())


def load_curation(content_dir: Path) -> tuple[list[Entry], list[Diagnostic]]:
    path = content_dir / CURATION_FILE
    if not path.exists():
        return [], []
    shown = f"{content_dir.name}/{CURATION_FILE}"
    try:
        text = path.read_text("utf-8")
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Diagnostic(shown, f"cannot be read ({exc}); no curation applied", None, "error")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [Diagnostic(shown, f"is not valid YAML ({getattr(exc, 'problem', exc)}); "
                               "no curation applied", mark.line + 1 if mark else None, "error")]
    if data is None:
        return [], []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
        node = next((v for k, v in node.value if k.value == "actors"), None)
    if not isinstance(data, list):
        return [], [Diagnostic(shown, "must be a list of actor entries (- name: ...)", 1, "error")]
    entries, diagnostics = [], []
    for i, item in enumerate(data):
        line = node.value[i].start_mark.line + 1 if node is not None else None
        label = f"entry {i + 1}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) \
                or not item["name"].strip():
            diagnostics.append(Diagnostic(shown, f"{label}: needs a 'name' (the actor's "
                                          "canonical name); entry skipped", line, "error"))
            continue
        label = f"entry {i + 1} ({item['name']})"
        unknown = sorted(set(item) - _KEYS)
        if unknown:
            diagnostics.append(Diagnostic(shown, f"{label}: unknown key(s) {', '.join(unknown)} "
                                          f"(known: {', '.join(sorted(_KEYS))}); entry skipped",
                                          line, "error"))
            continue
        try:
            kind = item.get("kind")
            if kind is not None and kind not in KINDS:
                raise ValueError(f"kind '{kind}' must be one of {', '.join(KINDS)}")
            role = item.get("role")
            if role is not None and not isinstance(role, str):
                raise ValueError("role must be a word such as media, or null")
            description = item.get("description")
            if description is not None and not isinstance(description, str):
                raise ValueError("description must be text")
            not_actor = item.get("not_actor", False)
            if not isinstance(not_actor, bool):
                raise ValueError("not_actor must be true or false")
            entries.append(Entry(
                name=item["name"].strip(), same_as=_strings(item.get("same_as"), "same_as"),
                aliases=_strings(item.get("aliases"), "aliases"),
                forms=_strings(item.get("forms"), "forms"), kind=kind,
                role=role.strip() if role else None, role_set="role" in item,
                description=description, not_actor=not_actor, line=line))
        except ValueError as exc:
            diagnostics.append(Diagnostic(shown, f"{label}: {exc}; entry skipped", line, "error"))
    return entries, diagnostics


def apply_curation(groups: dict, entries: list[Entry], make_group) -> list[Diagnostic]:
    """Apply the entries to the groups found by dossier (dict name -> Group), in place."""
    return [d for _, _, d in sorted(curate(groups, entries, make_group),
                                    key=lambda t: t[:2])]


def curate(groups: dict, entries: list[Entry], make_group) -> list[tuple[int, int, Diagnostic]]:
    """apply_curation, its diagnostics as (phase, the entry's position, diagnostic): the
    splits of every entry come first (phase 0), then the merges and renames (phase 1)."""
    def names_of(g) -> set[str]:
        return {g.name} | set(g.aliases) | {m.text for m in g.mentions}

    found = {name: names_of(g) for name, g in groups.items()}  # before any curation
    out = [(0, i, d) for i, e in enumerate(entries) if e.forms
           for d in _split(groups, e, make_group)]
    for name in [n for n, g in groups.items() if not g.mentions]:
        del groups[name]
    out += [(1, i, d) for i, e in enumerate(entries) for d in _rename(groups, e, found,
                                                                       make_group)]
    return out


def _split(groups: dict, e: Entry, make_group) -> list[Diagnostic]:
    """A split: mentions written in the entry's forms move to the entry's actor."""
    moved = []
    for g in groups.values():
        keep = [m for m in g.mentions if m.text not in e.forms]
        moved += [m for m in g.mentions if m.text in e.forms]
        g.mentions = keep
    target = groups.setdefault(e.name, make_group(e.name))
    target.mentions.extend(moved)
    if moved:
        return []
    return [Diagnostic(SHOWN, f"'{e.name}': none of its forms occurs in the articles", e.line)]


def _rename(groups: dict, e: Entry, found: dict, make_group) -> list[Diagnostic]:
    """Merges and renames: every actor found under the entry's name or a same_as name."""
    wanted = {e.name, *e.same_as}
    matches = sorted(n for n in groups if n == e.name or (found.get(n, set()) & wanted)
                     or (groups[n].aliases & wanted))
    if not matches:
        if e.same_as or e.not_actor:
            return [Diagnostic(SHOWN, f"'{e.name}': no actor found under "
                               f"{', '.join(sorted(wanted))}", e.line)]
        return []
    if e.not_actor:
        for n in matches:
            del groups[n]
        return []
    target = groups.get(e.name) or make_group(e.name)
    for n in matches:
        if n != e.name:
            target.absorb(groups.pop(n))
    target.name = e.name
    target.aliases = {a for a in target.aliases if a != e.name} | set(e.aliases)
    target.curated = True
    if e.kind:
        target.kind_override = e.kind
    if e.role_set:
        target.role_override = e.role or ""
    if e.description:
        target.description = e.description
    groups[e.name] = target
    return []


def strings(e: Entry) -> tuple[str, ...]:
    """Every name an entry matches or gives (components.py: the groups it may touch)."""
    return (e.name, *e.same_as, *e.aliases, *e.forms)
