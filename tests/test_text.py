"""Text from outside, normalised once: NFC, nothing invisible, marks capped, lone surrogates refused."""
import time
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from qpm.domain.errors import MeetingError
from qpm.domain.text import MAX_MARKS, clean_text, normalise, normalise_all, visible

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
FILLERS = "\u3164\u2800\u115f\u1160\uffa0\u200b\u2060\ufeff\u00ad"
# Any code point, surrogates included: JSON may carry "\ud800", and a buggy phone sends it.
ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200)
NO_SURROGATES = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


def refusal_code(value, limit=500):
    with pytest.raises(MeetingError) as refused:
        clean_text(value, limit)
    return refused.value.code


@given(ANY_TEXT)
def test_any_text_is_either_refused_clearly_or_comes_out_storable(value):
    try:
        text = clean_text(value, 10_000)
    except MeetingError as refusal:
        assert refusal.code in ("bad_text", "empty", "too_long")
        return
    text.encode("utf-8")  # never raises: no lone surrogate is left
    assert unicodedata.is_normalized("NFC", text)
    assert visible(text) and text == text.strip()


@given(ANY_TEXT)
def test_a_lone_surrogate_is_refused_with_bad_text(value):
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        assert refusal_code(value) == "bad_text"


@given(NO_SURROGATES)
def test_normalising_twice_changes_nothing(value):
    once = normalise(value)
    assert normalise(once) == once


@given(NO_SURROGATES, st.sampled_from(BIDI + FILLERS + "\x00\x07\x1b\x7f\x85"))
def test_invisible_and_control_characters_are_removed(value, hidden):
    text = normalise(value[:5] + hidden + value[5:])
    assert not set(BIDI + FILLERS + "\x00\x07\x1b\x7f") & set(text)


@given(st.text(st.characters(whitelist_categories=("Mn", "Me")), min_size=1, max_size=50),
       st.sampled_from("aeoسאक"))
def test_no_letter_carries_more_than_a_few_marks(marks, letter):
    text = normalise(letter + marks * 5)
    run = 0
    for char in text:
        run = run + 1 if unicodedata.category(char)[0] == "M" else 0
        assert run <= MAX_MARKS


def test_ten_thousand_marks_are_checked_in_milliseconds():
    started = time.perf_counter()
    for _ in range(10):
        text = clean_text("a" + "\u0301" * 10_000, 500)
    # Generous: quadratic canonical ordering of 10,000 marks took seconds; a linear pass takes milliseconds.
    assert time.perf_counter() - started < 5
    assert len(text) <= 1 + MAX_MARKS


def test_nothing_visible_left_is_empty():
    for value in ("\u3164\u3164", "\u200b", "\u2800 \u2800", BIDI, "\u202e\n\u200d", "\u0301\u0301"):
        assert refusal_code(value) == "empty"


def test_what_people_write_is_kept():
    for value in ("Läsa en saga innan vilan", "قراءة قصة قبل القيلولة", "می‌خواهیم با هم بازی کنیم",
                  "👨‍👩‍👧 tillsammans ❤️", "Tiếng Việt có dấu", "ሰላም ንኹልኹም", "1️⃣ Första", "Rad ett\nRad två"):
        assert clean_text(value, 500) == unicodedata.normalize("NFC", value)


def test_nfc_composes_and_joiners_outside_words_go():
    assert clean_text("Cafe\u0301", 500) == "Café"
    assert clean_text("\u200dhej\u200d\u200d", 500) == "hej"
    assert clean_text("a\u200d\u200d\u200db", 500) == "a\u200db"


def test_a_nested_payload_is_normalised_keys_and_all():
    assert normalise_all({"te\u200bxt": ["\u202ehej", {"k": "e\u0301"}], "n": 3}) == \
        {"text": ["hej", {"k": "é"}], "n": 3}
    with pytest.raises(MeetingError) as refused:
        normalise_all({"title": ["ok", "\ud800"]})
    assert refused.value.code == "bad_text"


@settings(max_examples=50)
@given(st.integers(min_value=1, max_value=50))
def test_too_long_counts_what_remains(limit):
    assert refusal_code("x" * (limit + 1), limit) == "too_long"
    assert clean_text("\u200b" * 100 + "x" * limit, limit) == "x" * limit
