"""The mechanisms tuned on holdout11's misses and false alarms, each with new examples of its own class (not
holdout11's texts) and an ordinary text it must leave alone."""
import pytest

from qpm.domain.privacy import personal_data

# Each mechanism: texts it must hold as a name (or the kind given), and ordinary texts beside them.
NAMES = [
    # a bare Swedish word as the subject of what only a child does: a noun would take an article or "-en"
    "hök vägrar gå ut på rasten när det regnar",
    "varg skrek i bilen från fritids igår",
    # a capitalised unlisted word before a class and a verb: only a person is in a class
    "Wahlgrenius i 3B har knuffat flera barn på rasten",
    # a Swedish genitive of an unlisted name before one parent, in lower case too
    "tobennas mamma ringde om kalaset",
    # a short form with the full name in brackets, in Ge'ez and Latin script
    "ኤሊ (ኤልያስ) ኣብ ገዛ ይጻወት",
    # a teacher's title in Ge'ez before a listed name
    "መምህርት ሳራ ጽብቕቲ እያ",
    # a Slavic pet form of a name's first letters opening a sentence before a verb
    "Тарася не хоче вдягати шапку",
    # a Turkish short form of a name's first letters and -i before a person's verb
    "Hüsi bugün okula gitmek istemiyor",
    # a name as Persian says it, without its ḥ, opening the sentence
    "ممدرضا امروز مریض است",
    # an Arabic afʿāl name (a plural's shape) still after a person cue or opening a sentence before a verb, and an
    # adjective that is a name too after "my son" before a verb
    "ابنتي أحلام تحب الرسم",
    "أنوار تبكي كل صباح",
    "ابني سعيد يبكي كل صباح",
]
ORDINARY = [
    "ofta vägrar han äta frukost",  # the subject after an adverb and the verb
    "snön ramlade från taket på förskolan",  # a definite noun
    "Matten i 4A är svår i år",  # a word before the class
    "föräldramötets pappa-grupp träffas igen",  # a compound's genitive
    "vi har fritids (fritidshemmet) till fem",  # a word and its long form in brackets
    "መምህርት ሕያወይቲ እያ",  # "the teacher is kind": after a title only a listed name is one
    "Бабуся не приходить по нього",  # a family word with a pet ending
    "Bazi çocuklar ağlıyor",  # "some children": a plural after it owns the verb
    "مدرسه خیلی خوب است",
    "أسماء الأطفال على الملابس مهمة",  # "the children's names": a plural, no cue
    "أحلام الأطفال كبيرة",  # "the children's dreams"
    "ابني سعيد جدا في الصف الجديد",  # "my son is very happy": an adjective before "very", "in"
    "vi firar aldrig Valborg hemma",  # a negation between celebrating and the day
    "hon tränar varje dag och jag skjutsar",  # a determiner before "dag"
    "they called 112 when the boy fainted",  # a public number after an English verb
    "tusen tack och fadlan skicka infon på somaliska",  # courtesy words, no names
    "veliko hvala za sve",
    "snappen är full av reklam och skit",  # a service in a Swedish form with nothing called
]
HANDLES = [
    "instan som hon har heter lilla.drama",
    "discorden som de har heter morkagangget",
]


@pytest.mark.parametrize("text", NAMES)
def test_holdout11_name_mechanisms_find_a_name(text):
    assert "name" in personal_data(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_holdout11_mechanisms_leave_ordinary_texts_alone(text):
    assert personal_data(text) == []


@pytest.mark.parametrize("text", HANDLES)
def test_account_told_after_an_inflected_service_is_a_handle(text):
    assert "handle" in personal_data(text)


def test_capitalised_street_keeps_a_public_looking_house_number():
    assert "address" in personal_data("vi har flyttat till Ekbrinken 112, 1 tr")


def test_girl_named_lucia_after_a_negation_is_still_a_name():
    assert "name" in personal_data("firar inte lucia sin födelsedag i år heller?")
