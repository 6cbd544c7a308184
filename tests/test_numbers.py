"""Numbers the server writes in a reader's own digits, as the phone's script writes them (issue 14)."""
from qpm.i18n import (
    PARENT_LANGUAGES,
    format_number,
    numbering_system,
    translate,
    written,
)
from qpm.letter.context import letter_context

TOO_LONG = "The text is too long: at most %(limit)s characters."


def test_persian_is_written_with_persian_digits_and_arabic_with_latin_ones():
    assert {language: numbering_system(language) for language in PARENT_LANGUAGES if numbering_system(language) != "latn"} \
        == {"fa": "arabext"}
    assert format_number(1234, "fa") == "۱٬۲۳۴" and format_number(1234, "ar") == "1,234"
    assert format_number(1234, "sv") == "1\u00a0234" and numbering_system("<b>") == "latn"
    assert translate("fa", TOO_LONG, limit=500) == "متن خیلی بلند است: حداکثر ۵۰۰ نویسه."
    assert translate("ar", TOO_LONG, limit=500) == "النص طويل جدًا: 500 حرفًا على الأكثر."
    assert written("fa", {"on": True, "name": "Humlan 2"}) == {"on": True, "name": "Humlan 2"}  # not numbers


def test_the_persian_letter_counts_and_dates_in_persian_digits():
    meeting = {"kind": "qpm", "title": "Trygghet", "unit": "Humlan 2", "questions": ["Hur kan vi?", "Vad gör vi?"],
               "question_index": 1, "created_at": "2026-11-22T17:30:00+00:00"}
    persian = letter_context(meeting, [], 14, "fa")
    assert "۲۲\u00a0نوامبر\u00a0۲۰۲۶" in persian["dateline"] and "۱۴" in persian["counts"]
    assert persian["questions"][1]["heading"].endswith("۲")
    assert "Humlan 2" in persian["dateline"]  # what the host typed stays as typed
    arabic = letter_context(meeting, [], 14, "ar")
    assert "22\u00a0نوفمبر\u00a02026" in arabic["dateline"] and "14" in arabic["counts"]
