"""search_files.js_sorted sorts as JavaScript compares strings (UTF-16 code units), with or
without characters beyond the BMP, which UTF-16 sorts below U+E000..U+FFFF."""

import random

from dossier.site.search_files import js_sorted, utf16


def test_js_sorted_is_utf16_order():
    words = ["a", "ż", "\uffff", "\ue000", "z", "ab", "", "Ł", "\U0001F600", "\U00010000x"]
    rng = random.Random(7)
    for _ in range(50):
        rng.shuffle(words)
        assert js_sorted(words) == sorted(words, key=utf16)
        bmp = [w for w in words if all(ord(c) <= 0xFFFF for c in w)]
        assert js_sorted(bmp) == sorted(bmp, key=utf16)
    # The case that tells the two orders apart: an astral character before U+E000 in UTF-16.
    assert js_sorted(["\ue000", "\U0001F600"]) == ["\U0001F600", "\ue000"]
