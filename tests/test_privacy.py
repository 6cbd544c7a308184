"""Personal data in contributions: what is held for the host, and what is not."""
import pytest

from qpm.domain.privacy import PARENT_REASONS, REASONS, personal_data


@pytest.mark.parametrize("text, found", [
    ("Jag tycker att Saga behöver vila", ["name"]),
    ("Emma slår ofta de andra", ["name"]),
    ("emma och noah leker bra", ["name"]),
    ("Emmas mamma hämtar alltid sent", ["name"]),
    ("Anna-Karin kan hjälpa till", ["name"]),
    ("Ring mig på 070-123 45 67", ["phone"]),
    ("0701234567", ["phone"]),
    ("Ring +46 70 123 45 67", ["phone"]),
    ("Familjeguiden nås på 0586-480 00", ["phone"]),
    ("08-123 45 67", ["phone"]),
    ("Mejla anna.svensson@example.se", ["email"]),
    ("Personnumret är 19121212-1212", ["personnummer"]),
    ("121212-1212", ["personnummer"]),
    ("Samordningsnummer 701063-2391", ["personnummer"]),
    ("Vi bor på Storgatan 12", ["address"]),
    ("Hämta på Kungsvägen 5B", ["address"]),
    ("Love och Liv leker", ["name"]),
    # A mistyped check digit still puts a child's identity number on the wall (issue 11).
    ("Personnummer 19121212-1213 är fel", ["personnummer"]),
])
def test_personal_data_is_found(text, found):
    assert personal_data(text) == found


@pytest.mark.parametrize("text", [
    "Vi läser en saga innan vilan",
    "Läsa en saga och släcka lampan",
    "Hans mamma kommer",  # sentence-initial "Hans" is the pronoun far more often than the name
    "Klara sig själv är viktigt",
    "Vi börjar kl. 08.30 och slutar 16.00",
    "Mötet var 2026-11-22",
    "Det tar 1-2 timmar, 10 000 steg",
    "Vi vill ha mer tid ute och mindre skärm",
    "Barnen behöver lugn och ro och samma rutin varje dag",
    "Ett telefonnummer till förskolan vore bra",
    "Per dag räcker en halvtimme",
    "Vi bor nära vägen 3 minuter bort",
    "It helps when we read together every evening",
])
def test_ordinary_text_is_not_held(text):
    assert personal_data(text) == []


def test_every_reason_has_an_explanation():
    assert {"name", "phone", "email", "personnummer", "address"} <= set(REASONS)
    assert set(PARENT_REASONS) == set(REASONS)
