"""Family names in their languages' forms, handles named in other scripts, an @ in brackets: new examples each."""
import pytest

from qpm.domain.privacy import personal_data

FAMILY_NAMES = [
    "fröken Lindahl sa att utflykten blir av",
    "rektorn Åkerberg har inte svarat på mejlet",
    "pani Nowak była bardzo miła na zebraniu",
    "Kowalscy mają wolne miejsce w aucie",
    "byliśmy wczoraj u Zielińskich na urodzinach",
    "Nieminen ja Lehtosen lapset leikkivät pihalla",
    "Lehtosen koira haukkuu aamulla",
    "soitin eilen Virtaselle bussista",
    "dün Demirlerin bahçesinde çocuklar top oynuyor",
    "dün akşam Kayalara gittik, çok güzeldi",
    "ولاد بيت الخطيب بيلعبوا بالشارع لحالهم",
]
# The same shapes where no family is named: Polish adjectives, a Swedish definite noun, Turkish plurals of words.
ORDINARY = [
    "Wszyscy są zmęczeni po wycieczce",
    "Polscy rodzice często pytają o to samo",
    "Kalasen var jättekul, tack alla",
    "Çocukların hepsi çok yorgun",
    "Öğretmenlerin toplantısı ne zaman",
    "fröken sa att utflykten blir av",
    "teacher said the trip is on",
    "الولاد بيحبوا بيت الله والمسجد",
]
HANDLES = [
    "یکی تو اینستاگرام با اسم mina.mamma.malmo عکس گذاشته",
    "хтось в інстаграмі як olena.kyiv.mama виклав фото дітей",
    "في انستا اسمها sara.kids.sthlm شوفوها",
]
EMAILS = ["kirjoittakaa minulle pekka.virtanen(a)elisa.fi", "write to ana.lopez[a]yahoo.es"]


@pytest.mark.parametrize("text", FAMILY_NAMES)
def test_a_family_name_in_its_languages_form_is_held(text):
    assert personal_data(text), text  # held as a family name, or as a name when it is one too ("Kayalara")


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_shapes_of_ordinary_words_are_not(text):
    assert personal_data(text) == [], text


@pytest.mark.parametrize("text", HANDLES)
def test_a_user_name_after_a_service_named_in_another_script_is_held(text):
    assert "handle" in personal_data(text), text


@pytest.mark.parametrize("text", EMAILS)
def test_an_at_written_as_a_in_brackets_is_held(text):
    assert "email" in personal_data(text), text


def test_a_letter_in_brackets_is_no_address():
    assert personal_data("svara (a) eller (b) på lappen.se") == []


def test_a_familys_address_is_held_though_the_schools_is_named_after_it():
    assert personal_data("vi bor på Ekbacken 4, skolans adress vet jag inte") == ["address"]
