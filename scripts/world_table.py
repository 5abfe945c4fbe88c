"""Write dossier/data/world.json: the world's names (extract/world.py) built from pycountry
and babel, under their installed versions. Run after upgrading either library:
.venv/bin/python scripts/world_table.py (the same versions give the same bytes)."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.extract.world import DATA, build_country_words, build_world, world_data  # noqa: E402


def main() -> None:
    data = world_data(build_world(), build_country_words())
    out = ROOT / "dossier" / "data" / DATA
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                              sort_keys=False) + "\n", "utf-8")
    print(f"{out}: {len(data['names'])} names, versions {data['versions']}")


if __name__ == "__main__":
    main()
