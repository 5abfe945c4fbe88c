"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, and the two Polish 8-bit
encodings (cp1250, ISO-8859-2), told apart by which one yields Polish letters. Anything else is
refused with a clear message rather than shown as mojibake."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import DossierError

MAX_BYTES = 20 * 1024 * 1024  # an article larger than this is not an article

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that a wrong 8-bit guess produces instead of Polish letters.
_SUSPECT = set("±¶¼¡¦¬¹\x9c\x9f\xa5\x8c\x8f")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _score(text: str) -> int:
    return sum(ch in _POLISH for ch in text) - 3 * sum(ch in _SUSPECT for ch in text)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name). Raise DossierError for binary or undecodable input."""
    if len(data) > MAX_BYTES:
        raise DossierError(
            path, f"file is {len(data) // (1024 * 1024)} MB; articles over "
            f"{MAX_BYTES // (1024 * 1024)} MB are skipped (split it or remove it from content/)")
    text = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DossierError(path, f"starts with a {name} byte-order mark but is not "
                                   f"valid {name} ({exc.reason} at byte {exc.start})") from None
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise DossierError(path, "looks like a binary file (NUL bytes), not an article; "
                               "remove it from content/")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            candidates = []
            for name in ("cp1250", "iso-8859-2"):
                try:
                    candidate = data.decode(name)
                except UnicodeDecodeError:
                    continue
                candidates.append((_score(candidate), name, candidate))
            if not candidates:
                raise DossierError(path, "is neither UTF-8 nor a Polish 8-bit encoding "
                                   "(cp1250, ISO-8859-2); save it as UTF-8") from None
            # Highest score wins; ties go to cp1250 (listed first, the Windows default).
            candidates.sort(key=lambda c: -c[0])
            _, encoding, text = candidates[0]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if text.strip() and text.count("\ufffd") > len(text) // 20:
        raise DossierError(path, "too many undecodable characters; save it as UTF-8")
    return unicodedata.normalize("NFC", text), encoding
