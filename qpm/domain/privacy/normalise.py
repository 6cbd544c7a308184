"""Text as the detectors read it: NFKC, no invisible or direction controls, ASCII digits."""
import sys
import unicodedata

# Every decimal digit of any script (Eastern Arabic ٠٧٠, Persian ۰۷۶, Devanagari …) becomes its ASCII digit.
_DIGITS = {code: str(unicodedata.decimal(chr(code)))
           for code in range(0x80, 0x20000) if unicodedata.category(chr(code)) == "Nd"}
# Zero-width and bidi controls (category Cf) vanish, so "A\u200bmina" is Amina and 07\u200e0… a number;
# other control characters become spaces, so they still part words; a line break stays, since a new line
# starts a new sentence ("Rad ett\nRad två" holds no name).
_INVISIBLE = {code: None for code in range(min(sys.maxunicode, 0xE0080))
              if unicodedata.category(chr(code)) == "Cf"}
_CONTROLS = {code: " " for code in range(0xA0) if unicodedata.category(chr(code)) == "Cc" and chr(code) != "\n"}
_TABLE = {**_CONTROLS, **_INVISIBLE, **_DIGITS}
# The characters the table changes: most texts hold none, and a set test is quicker than translate().
_CHANGED = frozenset(map(chr, _TABLE))


def normalise(text):
    """Return the text in NFKC with invisible characters gone, controls as spaces and digits in ASCII."""
    text = unicodedata.normalize("NFKC", text)
    return text if _CHANGED.isdisjoint(text) else unicodedata.normalize("NFKC", text.translate(_TABLE))
