"""Names in Cyrillic, Ethiopic, Greek, Armenian and Georgian script, read through their Latin transliteration."""
import re

from anyascii import anyascii

from .lexicon import given_names

# The same as names.NAME_FOLLOWERS in Ukrainian and Russian, for a name that starts a sentence in Cyrillic:
# "Дмитро має", "Оля не хоче".
CYRILLIC_FOLLOWERS = frozenset(["має", "хоче", "любить", "не", "був", "була", "ходить", "плаче", "боїться", "грає",
                                "каже", "сказав", "сказала", "знову", "завжди", "теж", "також", "вже", "і", "та",
                                "й", "дуже", "часто", "хочет", "любит", "был", "была", "плачет", "играет",
                                "говорит", "опять", "всегда", "тоже", "уже", "и", "очень", "хвора", "хворий", "болеет"])
# Ukrainian and Russian verbs by their endings: present "хворіє", "сидить", "читає"; past "прийшов", "плакала".
CYRILLIC_VERB = re.compile(r"..(?:є|ить|ать|ять|ає|ее|ет|ит|ла|ли|ов|ів|ав|ив)$")
# Pronouns, never names (Він is also "Vin"): he, she, it, they, we, you, I.
CYRILLIC_PRONOUNS = frozenset(["він", "вона", "воно", "вони", "ми", "ви", "я", "ти", "он", "она", "оно", "они",
                               "мы", "вы", "хто", "кто", "це", "это", "все", "всі"])
# Words a child's name follows: "мама Олени", "мій син Тарас", "ወደይ ዳዊት" (my son Dawit), "ኣደ ፍልሞን" (Filmon's
# mother), "ጓለይ ሰላም" (my daughter Selam).
PERSON_CUES = frozenset(["мама", "тато", "батько", "мати", "син", "сина", "донька", "доньки", "дочка", "дочки",
                         "сестра", "брат", "звати", "зовут", "сын", "дочь", "папа", "друг", "подруга",
                         "ወደይ", "ጓለይ", "ኣደ", "ኣቦ", "ወዲ", "ጓል", "ሓወይ", "ሓብተይ", "ስሙ", "ስማ"])
# Ukrainian and Russian pet forms and cases of a name: Андрійко, Марічка, Олени (Olena's), Сашенька, Тарасик.
CYRILLIC_ENDINGS = ("ochka", "echka", "ichka", "chka", "onka", "enka", "en'ka", "un'a", "iusha", "usha", "yusha",
                    "iko", "ko", "ik", "yk", "chik", "oiu", "oyu", "ovi", "evi", "ka", "y", "i", "u", "a", "e")
# Vowels a name may end in before the ending took its place: Марія → Марічка, Олена → Олени.
NAME_VOWELS = ("", "a", "ia", "ya", "o", "iy", "ii", "y")


def _forms(latin):
    """Return the Latin forms a transliterated word may be a name in: itself, without a pet or case ending."""
    forms = {latin}
    for ending in CYRILLIC_ENDINGS:
        stem = latin[:-len(ending)]
        if latin.endswith(ending) and len(stem) >= 3:
            forms.update(stem + vowel for vowel in NAME_VOWELS)
    return forms


def _ethiopic_forms(latin):
    """Return the Latin forms of an Ethiopic word: Tigrinya adds -n for "and" (ሳባን ሄለንን), w is often v."""
    forms = {latin, latin.replace("w", "v")}
    if latin.startswith("y"):  # ዮናስ is Yonas, spelt Jonas in the name lists (Yohannes, Yosef too)
        forms.update({"j" + latin[1:], "j" + latin[1:].replace("w", "v")})
    if latin.endswith("n") and len(latin) > 4:
        forms.update({latin[:-1], latin[:-1].replace("w", "v")})
    return forms


def transliterated_name(word, before, following, script):
    """Return whether a word in a transliterated script is a given name where it stands."""
    names = given_names()
    latin = anyascii(word.text).lower()
    cued = before is not None and before.lower in PERSON_CUES
    if script == "ETHIOPIC":  # no case: a name only where a cue or the name list says so
        forms = _ethiopic_forms(latin)
        # a syllable a letter: two are most often a word (ቤት house, ናይ of)
        return len(word.text) > 2 and any(f in names for f in forms) \
            or cued and len(word.text) > 2  # "ወደይ ዳዊት" my son Dawit, "ኣደ ፍልሞን" Filmon's mother
    if not (word.text[0].isupper() or cued) or len(word.text) <= 2 or word.lower in CYRILLIC_PRONOUNS:
        return False
    if word.opens_sentence and not cued and following is not None and following.text[0] > "\u0370" \
            and following.lower not in CYRILLIC_FOLLOWERS and not CYRILLIC_VERB.search(following.lower):
        return False  # "Слава Богу", "Надія є": at a sentence start a capital says nothing; a verb after it does
    if latin in names:
        return True
    return script == "CYRILLIC" and any(f in names for f in _forms(latin) if f != latin)
