"""Pet forms the families' languages make from a given name, found by undoing their morphology (Tarasik, Paquito,
Memoş, Meho, Gosia, Kuba, Cabdi) against the shipped name list, not by listing them."""
from functools import lru_cache

from .lexicon import foreign_words, given_names, name_beginnings

# Endings that make a pet form of a whole name, longest first: Spanish (Juanito, Rosita, Manolillo, Joaquín),
# Polish (Janek, Tomuś, Basieńka), Turkish (Alicik), Ukrainian/Russian in Latin (Tarasik, Ivanko, Sashen'ka).
WHOLE_ENDINGS = ("ecito", "ecita", "cito", "cita", "itos", "itas", "ito", "ita", "illo", "illa", "ín", "ina",
                 "eczek", "unia", "usia", "uś", "ek", "ş", "ka", "ko", "chik", "ik", "yk",
                 "en'ka", "enka", "on'ka", "onka", "usha", "iusha", "ochka", "echka", "ichka", "chka", "usya", "yusya",
                 "sya", "sia", "sha")  # Nast-usya (Nastya), Mar-usya
# Turkish -cik after the whole name, as it is (Mehmetçik, Ayşecik, Alicik; not "kedicik" kitten).
TURKISH_ENDINGS = ("çik", "çık", "çuk", "çük", "cik", "cık", "cuk", "cük")
# Endings after a name's first syllable or two (a truncation): Turkish Memoş, Aliş, Hüso; Bosnian Meho, Suljo,
# Fadila → Fado; Ukrainian Iva-sik (Ivan); Polish Gosia, Kasia, Zosia, Jaś; Spanish Lupe; Ukrainian Sasha, Dusia.
TRUNCATED_ENDINGS = ("sik", "oş", "iş", "uş", "üş", "ış", "ica", "sia", "sio", "zia", "cia", "nia", "sza", "ś", "uś", "o",
                     "e", "sya", "sja")  # Ukrainian -ся in Latin letters: Miro-sya (Myroslava), Ta-sya (Taisia)
# Endings Polish puts after only two letters of a name: Go-sia (Małgorzata), Ba-sia, Zo-sia, Ja-ś.
SHORT_STEM_ENDINGS = ("sia", "sio", "zia", "cia", "ś", "uś")
# What a name may have ended in before the ending took its place: Paco → Paquito, Rosa → Rosita, Taras → Tarasik.
NAME_VOWELS = ("", "a", "o", "e", "i", "ia", "ya", "y")
WHOLE_SET, TRUNCATED_SET = frozenset(WHOLE_ENDINGS), frozenset(TRUNCATED_ENDINGS)
# Spanish keeps the sound before -ito/-ita: Paco → Paquito, Diego → Dieguito.
RESPELL = (("qu", "c"), ("gu", "g"), ("c", "z"))


@lru_cache(maxsize=1)
def name_tails():
    """Return the last three or four letters of the longer given names: Polish makes Kuba of Jakub, Bosnian Mina of
    Jasmina."""
    return frozenset(name[-size:] for name in given_names() for size in (3, 4) if len(name) >= size + 2)


def _whole_name(stem):
    """Return whether a stem, with the vowel or spelling it lost, is a given name (Paqu- → Paco, Ros- → Rosa)."""
    names = given_names()
    for old, new in ((None, None), *RESPELL):
        if old is not None and not stem.endswith(old):
            continue
        base = stem if old is None else stem[:-len(old)] + new
        if len(base) >= 3 and any(base + vowel in names for vowel in NAME_VOWELS):
            return True
    return False


def _endings(lower, endings):
    """Return the endings of a set the word has, longest first: a slice a length, not a test an ending."""
    return [lower[-size:] for size in (5, 4, 3, 2, 1) if lower[-size:] in endings and len(lower) > size]


@lru_cache(maxsize=1 << 15)
def pet_form(lower):
    """Return whether a lower-case Latin word is a pet form of a given name in one of the families' languages; the
    caller still needs a person's place for it (before a verb, after a title), since many words have such shapes."""
    if len(lower) < 4 or lower in given_names():
        return False
    if lower.endswith(TURKISH_ENDINGS) and lower[:-3] in given_names():
        return not any(lower[:-3] in also for also in foreign_words()[0].values())  # "kedi" cat is a name too
    for ending in _endings(lower, WHOLE_SET):
        if len(lower) - len(ending) >= 3 and _whole_name(lower[:-len(ending)]):
            return True
    beginnings = name_beginnings()
    for ending in _endings(lower, TRUNCATED_SET):
        stem = lower[:-len(ending)]
        # after one letter more than a syllable, -o and -e end ordinary words too ("vaške" lice, "house")
        if (len(stem) == 3 or len(stem) == 4 and ending not in ("o", "e")) and stem in beginnings:
            return True  # Mem-oş, Meh-o, Kas-ia: a name's first letters and the ending
        if len(stem) == 2 and ending in SHORT_STEM_ENDINGS and stem in beginnings_of_two():
            return True
    # Polish and Bosnian also keep a name's end: Kuba (Jakub), Mina (Jasmina), Lek (Aleksander)
    return lower.endswith("a") and 3 <= len(lower) - 1 <= 4 and lower[:-1] in name_tails()


@lru_cache(maxsize=1)
def beginnings_of_two():
    """Return the first two letters of the given names that Polish short forms start with (Go-sia, Ba-sia)."""
    return frozenset(name[:2] for name in given_names() if len(name) >= 5)


# Somali writes ʿayn as c and ḥ as x and long vowels double: Cabdi is Abdi, Xasan Hasan, Maxamed Mahamed, Caasha
# Aasha/Asha, Cumar Umar.
SOMALI_SPELLING = str.maketrans({"x": "h", "c": None, "'": None})


@lru_cache(maxsize=1 << 12)
def somali_name(lower):
    """Return whether a word in Somali spelling is a given name of the list (Cabdi, Xasan, Maxamed, Cumar)."""
    names = given_names()
    if lower in names:
        return True
    if "c" not in lower and "x" not in lower and not any(vowel * 2 in lower for vowel in "aeiou"):
        return False  # no Somali letter and no long vowel (aa, ii, oo …): the list has said all
    plain = lower.translate(SOMALI_SPELLING)
    single = plain
    for vowel in "aeiou":
        single = single.replace(vowel * 2, vowel)
    # a Somali name's final -o is often -a elsewhere: Faadumo, Faduma; Cawo, Awa
    forms = {plain, single, single[:-1] + "a" if single[-1] == "o" else single}
    # and Arabic ṭ is written d, an i before it u: Faadumo is Fatima (Xaliimo, Saciid keep theirs)
    forms |= {form.replace("d", "t").replace("u", "i") for form in forms if "d" in form}
    return len(single) >= 3 and any(form in names for form in forms)
