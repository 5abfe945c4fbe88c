"""Progress on long runs, on standard error: shown only on a terminal and never in CI, so
logs stay clean."""

from __future__ import annotations

import os
import sys
import time


class Progress:
    def __init__(self, enabled: bool | None = None, stream=None):
        # sys.stderr as it is now, not as it was when this module was imported.
        stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled
        self.stream = stream
        self._last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = int(width * done / total)
        self.stream.write(f"\r{stage:<8} [{'#' * filled}{'.' * (width - filled)}] "
                          f"{done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
