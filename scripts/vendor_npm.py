"""Re-vendor the JavaScript dossier ships, from the npm registry.

    python scripts/vendor_npm.py [cytoscape|timelinejs ...]

Each package is fetched at its pinned release with `npm pack`, checked against the integrity
hash the registry published for it (a changed or substituted file is refused), and the files
dossier uses are copied with the package's licence:
- cytoscape: the network view's graph library, into dossier/site/assets/vendor/ (every site
  carries it; a site build and a reader's browser use the committed copy);
- timelinejs: Knight Lab's TimelineJS, into tests/vendor/, for the test page that loads the
  `dossier export --format timelinejs` file in it (the export is for newsrooms' own
  TimelineJS; no site carries it).
Only this script touches the network."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Vendored:
    package: str
    version: str
    integrity: str  # `npm view PACKAGE@VERSION dist.integrity`
    files: dict  # path in the tarball -> path under dest
    dest: Path


PACKAGES = {
    "cytoscape": Vendored(
        "cytoscape", "3.35.0",
        "sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYz"
        "UYlQ0DOJJ3g==",
        {"package/dist/cytoscape.min.js": "cytoscape.min.js", "package/LICENSE": "LICENSE"},
        ROOT / "dossier" / "site" / "assets" / "vendor" / "cytoscape"),
    "timelinejs": Vendored(
        "@knight-lab/timelinejs", "3.9.11",
        "sha512-+jUuY1OJ+9zSO5O3AfYSLd1yB0vQkm22zyIElz8BWT5DQ9mL0rsxlQkBKAqLbWpJjFuAAJeqzLY"
        "35xFIg6GW4g==",
        {"package/dist/js/timeline.js": "js/timeline.js",
         "package/dist/js/locale/pl.json": "js/locale/pl.json",
         "package/dist/css/timeline.css": "css/timeline.css",
         **{f"package/dist/css/icons/tl-icons.{ext}": f"css/icons/tl-icons.{ext}"
            for ext in ("eot", "svg", "ttf", "woff", "woff2")},
         "package/LICENSE": "LICENSE"},
        ROOT / "tests" / "vendor" / "timelinejs"),
}


def vendor(spec: Vendored) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{spec.package}@{spec.version}", "--pack-destination",
                        tmp, "--silent"], check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()
                                              ).decode()
        if digest != spec.integrity:
            print(f"error: {tarball.name} has {digest}, expected {spec.integrity}",
                  file=sys.stderr)
            return 1
        with tarfile.open(tarball) as tar:
            for member, name in spec.files.items():
                data = tar.extractfile(member).read()
                target = spec.dest / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                print(f"{target}: {len(data)} bytes")
    (spec.dest / "VERSION").write_text(f"{spec.package} {spec.version}\n{spec.integrity}\n",
                                       encoding="utf-8")
    return 0


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in PACKAGES]
    if unknown:
        print(f"error: unknown {', '.join(unknown)} (known: {', '.join(PACKAGES)})",
              file=sys.stderr)
        return 2
    return max((vendor(PACKAGES[n]) for n in names or PACKAGES), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
