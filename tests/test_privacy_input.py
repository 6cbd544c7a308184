"""Bad input for the personal-data check: it normalises, looks, and never raises."""
from hypothesis import given, settings
from hypothesis import strategies as st

from qpm.domain.privacy import REASONS, personal_data
from qpm.domain.privacy.normalise import normalise

TRICKY = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069",
                          "\u200e", "\u200f", "\x00", "\x1b", "\r", "\t", "٠", "۷", "–", "@", ":", "/", "Amina",
                          "070", "Storgatan", "1", "ä", "\u0301", "ﬁ", "Ａ", "𝟘", "\ud7ff", "\U0001f600"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), TRICKY), max_size=40).map("".join))
def test_any_text_gives_known_kinds_and_never_raises(text):
    assert set(personal_data(text)) <= set(REASONS)


def test_huge_texts_and_odd_types_are_handled():
    assert personal_data("Vi läser en saga. " * 1000) == []
    assert personal_data("Vi läser en saga. " * 20_000) == ["unchecked"]  # too long to read whole: held
    assert personal_data("a" * 19_000 + " 070-123 45 67") == ["phone"]
    assert personal_data("a" * 100_000 + " 070-123 45 67") == ["unchecked"]
    assert personal_data(None) == [] and personal_data(5) == []


def test_invisible_and_direction_characters_do_not_hide_data():
    assert personal_data("Hjälp A\u200bmina att") == ["name"]
    assert personal_data("Ring 07\u200d0-12\u20603 45 67") == ["phone"]
    assert personal_data("Ring \u202e070-123 45 67\u202c") == ["phone"]
    assert personal_data("Ring ٠٧٠-١٢٣ ٤٥ ٦٧") == ["phone"] and personal_data("Ring ۰۷۶-۱۲۳ ۴۵ ۶۷") == ["phone"]
    assert personal_data("Personnummer 121212\u00ad-1212") == ["personnummer"]


def test_normalise_makes_one_form():
    assert normalise("Ａmina\u200b ۰۷۶\x07") == "Amina 076 "
