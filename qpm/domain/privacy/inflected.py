"""Family names as the families' languages bend them: after a title ("fröken Westerberg"), in the Polish plural
("Wiśniewscy"), a Finnish case ("Korhosen"), a Turkish plural ("Öztürklerin") or an Arabic "house of" ("بيت الحلبي")."""
import re

from .lexicon import english_words, foreign_words, is_word, world_names
from .wordforms import compound

# Titles a teacher or a neighbour is named by, in the families' languages (English mr/mrs/ms are in surnames.FAMILY).
TITLES = frozenset(["lärare", "läraren", "lärarn", "fröken", "fröknen", "rektor", "rektorn", "mentor", "mentorn",
                    "pedagog", "pedagogen", "teacher", "pan", "pani", "panią", "panem", "bay", "bayan", "hoca",
                    "öğretmen", "gospodin", "gospođa", "učitelj", "učiteljica", "nastavnik", "nastavnica", "opettaja",
                    "maestra", "maestro", "profe", "señora", "señor", "seño", "macallin", "macallimad", "macalin",
                    "пан", "пані", "вчителька", "вчитель"])
# Polish -ski/-cki/-dzki family names bend like adjectives: Wiśniewscy (the Wiśniewskis), Kowalskich, Nowackiego.
POLISH = re.compile(r"\w{3,}(?:s|c|dz)(?:cy|kich|kiego|kiej|kiemu|kim|kimi|ką)")
POLISH_PLURAL = ("cy", "kich")  # the family as a group, which may open a sentence: "Wiśniewscy mają miejsce"
# Finnish -nen family names in a case of the singular: Korhosen (Korhonen's), Virtaselle, Lehtosesta.
FINNISH = re.compile(r"\w{2,}[^aeiouyäö\W][aouyäö]s(?:en|ta|tä|elle|ella|ellä|elta|eltä|essa|essä|esta|estä|een)")
# Turkish makes a family of its name in the plural, then bends it: Öztürkler, Yılmazların, Demirlere, Kaya'lardan.
TURKISH = re.compile(r"(\w{3,}?)['’]?(?:ler|lar)(?:in|ın|e|a|de|da|den|dan|le|la|i|ı|)")
# Arabic "بيت الحلبي" (the Halabis' home): a family by "house of" and its name with the article.
ARABIC_HOUSE = re.compile(r"(?:^|\s)(?:بيت|عيلة|عيلة|جماعة)\s+(ال[\u0621-\u064a]{3,})")
HOUSE_NOT_FAMILY = frozenset(["الله", "العيلة", "العائلة", "الجد", "الجدة", "الأهل", "الاهل", "المدرسة", "الخالة",
                              "العمة", "الجيران"])


# Finnish postpositions after a genitive, which any noun takes (with, because of, after, under, on, via, beside):
# only inside a sentence does a capital there tell a family ("leikimme Korhosen kanssa").
FINNISH_POSTPOSITIONS = frozenset(["kanssa", "takia", "vuoksi", "jälkeen", "alla", "päällä", "kautta", "mukaan",
                                   "vieressä", "lähellä", "edessä", "takana", "sijaan", "ansiosta", "aikana", "yli"])


def inflected_family_name(text, words):
    """Return whether a family name stands in the text after a title or in an inflected form of its language."""
    if "ال" in text and any(m.group(1) not in HOUSE_NOT_FAMILY for m in ARABIC_HOUSE.finditer(text)):
        return True
    common = foreign_words()[1]
    for index, word in enumerate(words):
        if not word.capitalised or len(word.lower) < 5:
            continue
        before = words[index - 1].lower if index else None
        following = words[index + 1] if index + 1 < len(words) else None
        if before in TITLES and not is_word(word.lower) and word.lower not in english_words() \
                and word.lower not in world_names():
            return True  # "lärarn Westerberg ger", "pani Nowak": a Swedish place may be a family's name too
        if _unknown(word.lower, common) and _bent_family_name(word, following, common):
            return True
    return False


def _unknown(lower, common):
    """Return whether a word is in none of the word lists: no Swedish, English or common word of another language."""
    return not is_word(lower) and lower not in english_words() and lower not in world_names() \
        and not any(lower in words for words in common.values())


def _bent_family_name(word, following, common):
    """Return whether a capitalised word no list knows is a Polish, Finnish or Turkish family name in a case."""
    lower = word.lower
    inside = not word.opens_sentence
    if POLISH.fullmatch(lower) and (inside or lower.endswith(POLISH_PLURAL)):
        return True
    before_noun = following is not None and not following.capitalised
    if not inside and before_noun and following.lower in FINNISH_POSTPOSITIONS:
        before_noun = False  # "Hevosen kanssa" (with the horse): a sentence may open on any noun's genitive there
    # not a Swedish noun in the definite form ("Kalasen var kul"); a long unlisted one may be Finnish ("Korhosen")
    if FINNISH.fullmatch(lower) and (inside or before_noun) and not compound(lower) \
            and not any(is_word(lower[:-cut]) for cut in (1, 2)):
        return True
    turkish = TURKISH.fullmatch(lower)
    # inside a sentence a capital makes it a name even when the name is a word ("dün Demirlere gittik": demir, iron)
    return turkish is not None and (inside or before_noun and turkish.group(1) not in common["tr"]) \
        and not is_word(turkish.group(1)) and turkish.group(1) not in english_words()
