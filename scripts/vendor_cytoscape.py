"""Re-vendor Cytoscape.js (the network view's graph library) from the npm registry.

    python scripts/vendor_cytoscape.py

Fetches the pinned release with `npm pack`, checks the tarball against the integrity hash
the registry published for it (so a changed or substituted file is refused), and copies its
minified build and licence into the package. Only this script touches the network: a site
build and a reader's browser use the copy committed in dossier/site_assets/vendor/.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "cytoscape"
VERSION = "3.35.0"
# `npm view cytoscape@3.35.0 dist.integrity`
INTEGRITY = ("sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYz"
             "UYlQ0DOJJ3g==")
FILES = {"package/dist/cytoscape.min.js": "cytoscape.min.js", "package/LICENSE": "LICENSE"}
DEST = Path(__file__).resolve().parent.parent / "dossier" / "site_assets" / "vendor" / PACKAGE


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp,
                        "--silent"], check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()
                                              ).decode()
        if digest != INTEGRITY:
            print(f"error: {tarball.name} has {digest}, expected {INTEGRITY}", file=sys.stderr)
            return 1
        DEST.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarball) as tar:
            for member, name in FILES.items():
                data = tar.extractfile(member).read()
                (DEST / name).write_bytes(data)
                print(f"{DEST / name}: {len(data)} bytes")
    (DEST / "VERSION").write_text(f"{PACKAGE} {VERSION}\n{INTEGRITY}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
