"""Names in Cyrillic, Ethiopic, Greek, Armenian and Georgian script, read through their Latin transliteration."""
import re

from anyascii import anyascii

from .diminutives import pet_form
from .lexicon import given_names, looks_like_name

# The same as names.NAME_FOLLOWERS in Ukrainian and Russian, for a name that starts a sentence in Cyrillic:
# "Дмитро має", "Оля не хоче".
CYRILLIC_FOLLOWERS = frozenset(["має", "хоче", "любить", "не", "був", "була", "ходить", "плаче", "боїться", "грає",
                                "каже", "сказав", "сказала", "знову", "завжди", "теж", "також", "вже", "і", "та",
                                "й", "дуже", "часто", "хочет", "любит", "был", "была", "плачет", "играет",
                                "говорит", "опять", "всегда", "тоже", "уже", "и", "очень", "хвора", "хворий", "болеет"])
# What a parent says a child keeps doing, a word or two after the name: "Богдан після басейну завжди" (always).
HABITS = frozenset(["завжди", "знову", "вже", "часто", "ніколи", "всегда", "опять", "уже", "снова", "никогда",
                    "постійно", "постоянно", "весь", "сьогодні", "вчора", "сегодня", "вчера", "теж", "також", "тоже"])
# Prepositions after a word opening a sentence: a noun's phrase ("Віра в дітей"), not a name's time ("весь час").
PREPOSITIONS = frozenset(["в", "у", "з", "із", "на", "до", "для", "від", "про", "за", "по", "о", "к", "с", "из"])
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
# Tigrinya mum and dad as said, mostly of one's own ("ኣዴ ትመጽእ", mum comes): a child's name after them only where
# the pair ends the text, as a parent signs ("ምስ ሰላምታ፡ ኣዴ ሳባ", with greetings, Saba's mum).
SIGNED_KIN = frozenset(["ኣዴ", "ኣደይ", "ኣቦይ", "ኣባ"])
# A teacher's title before the name: "መምህርት ሳባ", "መምህር ዳዊት", "вчителька Олена"; after it only a listed name is
# one ("መምህርት ሕያወይቲ እያ" is "the teacher is kind").
TITLES = frozenset(["መምህርት", "መምህር", "መምህረይ", "መምህርተይ", "መምህርና", "ኣቶ", "ወይዘሮ", "вчителька", "вчитель",
                    "вчительки", "учительница", "учитель", "пані", "пан", "вихователька", "воспитательница"])
# Ukrainian and Russian pet forms and cases of a name: Андрійко, Марічка, Олени (Olena's), Сашенька, Тарасик;
# the instrumental of a soft stem too ("з Настею", "з Марією", as "з Оленою").
CYRILLIC_ENDINGS = ("ochka", "echka", "ichka", "chka", "onka", "enka", "en'ka", "un'a", "iusha", "usha", "yusha",
                    "iko", "ko", "ik", "yk", "chik", "oiu", "oyu", "ieyu", "eyu", "ovi", "evi", "ka", "y", "i", "u",
                    "a", "e")
# The endings of Ukrainian and Russian pet forms (not of cases: "дитина" is a child, no Dita): Тарасик, Івасик,
# Сашко, Марічка, Оленка, Наталка, Дмитрусь, Настуся.
PET_ENDINGS = ("ik", "sik", "chik", "ko", "chka", "nka", "n'ka", "sia", "sya", "usia", "iusha", "usha", "yusha", "us'",
               "ia", "ika", "ka")
# Names that are nouns, lower case at a sentence's start: faith, hope, love, glory, dawn, a novel, peace.
NOUN_NAMES = frozenset(["віра", "надія", "любов", "слава", "зоря", "роман", "мир", "вера", "надежда", "любовь",
                        "заря", "мира", "злата", "калина", "лада"])
# "Yesterday", "today", "in the morning" before a sentence's subject: "вчора тарасик плакав".
TIMES = frozenset(["вчора", "сьогодні", "завтра", "вранці", "зранку", "вчера", "сегодня", "утром"])
# Pet words of the family, not names: донечка, доченька, синочок, мамочка, татко, бабуся, дідусь, братик, сестричка.
KIN_STEMS = ("don", "doch", "sin", "syn", "mam", "tat", "bab", "did", "ded", "brat", "sest", "mal", "son")
# Vowels a name may end in before the ending took its place: Марія → Марічка, Олена → Олени.
NAME_VOWELS = ("", "a", "ia", "ya", "o", "iy", "ii", "y")


def _forms(latin):
    """Return the Latin forms a transliterated word may be a name in: itself, without a pet or case ending."""
    forms = {latin}
    if latin.endswith("iy"):  # the Ukrainian -ій is the Russian -ей the lists spell: Матвій → Matvei
        forms.update({latin[:-2] + "ei", latin[:-2] + "ey"})
    for ending in CYRILLIC_ENDINGS:
        stem = latin[:-len(ending)]
        if latin.endswith(ending) and len(stem) >= 3:
            forms.update(stem + vowel for vowel in NAME_VOWELS)
    return forms


# What other modules ask of a Cyrillic word (pairs.py): the Latin forms it may be a name in.
cyrillic_forms = _forms


# The apostrophe anyascii writes for a glottal vowel (ኣ, ኤ), between two letters.
INNER_GLOTTAL = re.compile(r"(?<=[a-z])'(?=[a-z])")


def _ethiopic_forms(latin):
    """Return the Latin forms of an Ethiopic word: Tigrinya adds -n for "and" (ሳባን ሄለንን), w is often v."""
    latin = INNER_GLOTTAL.sub("", latin)  # a glottal vowel between letters: ሚካኤል is Mika'el, Mikael
    forms = {latin, latin.replace("w", "v")}
    if latin.startswith("y"):  # ዮናስ is Yonas, spelt Jonas in the name lists (Yohannes, Yosef too)
        forms.update({"j" + latin[1:], "j" + latin[1:].replace("w", "v")})
    if latin.endswith("n") and len(latin) > 4:
        forms.update({latin[:-1], latin[:-1].replace("w", "v")})
    return forms


def _cyrillic_verb(word):
    """Return whether a Cyrillic word is a verb or what follows a name ("хоче", "завжди", "приходить")."""
    return word.text[0] > "\u0370" and (word.lower in CYRILLIC_FOLLOWERS or CYRILLIC_VERB.search(word.lower))


def transliterated_name(word, before, following, script, later=()):
    """Return whether a word in a transliterated script is a given name where it stands (later: the words after
    the following one)."""
    names = given_names()
    if word.text[-1] == "s" and len(word.text) > 3 and (word.text[-2] in ":\u2019'" or word.text[-2] > "\u0370"):
        # "Маріяs jacka": a Swedish genitive on a name in its own script
        stem = anyascii(word.text[:-1].rstrip(":\u2019'")).lower()
        if len(stem) > 2 and (stem in names or script == "CYRILLIC" and any(f in names for f in _forms(stem))):
            return True
    latin = anyascii(word.text).lower()
    titled = before is not None and before.lower in TITLES
    cued = titled or before is not None and before.lower in PERSON_CUES
    if script == "ETHIOPIC":
        # "ናይ ሚካኤል ኣቦ": Tigrinya says "of Mikael father", the name between "of" and a relative
        cued = cued or before is not None and before.lower == "ናይ" and following is not None \
            and following.lower in ETHIOPIC_KIN or following is None and before is not None and before.lower in SIGNED_KIN
        return _ethiopic_name(word, latin, cued, following, titled)
    if len(word.text) <= 2 or word.lower in CYRILLIC_PRONOUNS:
        return False
    if not (word.text[0].isupper() or cued):  # "тарасик вже": a pet form of a name before a verb
        opens = word.opens_sentence or before is not None and before.opens_sentence and before.lower in TIMES
        # the verb right after or after one habit or time ("максим постійно штовхає", "оля вчора плакала")
        return opens and following is not None and (_cyrillic_verb(following) or following.lower in HABITS
                                                     and bool(later) and _cyrillic_verb(later[0])) \
            and (latin.endswith(PET_ENDINGS) and len(latin) >= 6 and not latin.startswith(KIN_STEMS)
                 and (latin in names or pet_form(latin))
                 or len(latin) >= 4 and latin in names and word.lower not in NOUN_NAMES)  # "тарас плакав"
    if word.opens_sentence and not cued and following is not None and following.text[0] > "\u0370" \
            and not _cyrillic_verb(following) \
            and not (following.text.islower() and any(w.lower in HABITS for w in later)) \
            and not (following.text.islower() and following.lower not in PREPOSITIONS and word.lower not in NOUN_NAMES
                     and any(_cyrillic_verb(w) for w in later)):
        return False  # "Слава Богу", "Надія є": at a sentence start a capital says nothing; a verb soon after does
        # ("Мишко весь час сидить": a habit or a verb within two words)
    if latin in names:
        return True
    if script == "CYRILLIC" and (word.opens_sentence or cued) and latin.endswith(DIMINUTIVE_ENDINGS) \
            and not latin.startswith(KIN_STEMS) and pet_form(latin):
        return True  # "Мирося не їсть": a name's first letters and a Slavic pet ending (-ся, -сик, -ко, -ша)
    return script == "CYRILLIC" and any(f in names for f in _forms(latin) if f != latin)


# The endings of Slavic pet forms made of a name's first letters: Миро-ся (Мирослава), Іва-сик, Ма-ша, Дмит-ро-ко.
DIMINUTIVE_ENDINGS = ("sya", "sia", "sik", "sha", "ko", "ka", "chka", "nka")


# Tigrinya relatives after "ናይ" (of) and a name: father, mother, brother, sister, family.
ETHIOPIC_KIN = frozenset(["ኣቦ", "ኣደ", "ኣዴ", "ሓው", "ሓፍቲ", "ስድራ", "ኣሕዋት"])
# Tigrinya words that the name lists spell too, which follow "my daughter" as things: house, all, water, tea, bread,
# a person, fine, today, tomorrow, now.
ETHIOPIC_WORDS = frozenset(["ቤት", "ኩሉ", "ማይ", "ሻሂ", "ባኒ", "ሰብ", "ደሓን", "ሎሚ", "ጽባሕ", "ሕጂ",
                            # times of day and how often, which follow "my son" as "at night", "always": night,
                            # morning, evening, noon, yesterday, always, sometimes, every day, very, much
                            "ለይቲ", "ንግሆ", "ምሸት", "ቀትሪ", "ትማሊ", "ወትሩ", "ሓደሓደ", "ሓደ", "መዓልቲ", "ኣዝዩ",
                            "ኣዝያ", "ብዙሕ", "ግዜ", "ቅድሚ", "ድሕሪ"])
# Ethiopic words that are names and also greetings or words of praise: "ሰላም ንኹልኹም" (hello to you all), "ሰናይ".
ETHIOPIC_GREETINGS = frozenset(["selam", "senay", "selamat"])
# Prefixes of Tigrinya words that are objects or places, never a name after "my son": ን (to), ብ (by), ካብ, ኣብ.
ETHIOPIC_OBJECT = ("ን", "ብ", "ካብ", "ኣብ", "ክ", "ኣይ")  # ኣይ…ን: a verb's negation ("ጓለይ ኣይትበልዕን")
# Whom a greeting is to: all of you, parents, friends ("ሰላም ኩልኹም!", "ሰላም ንኹልኹም ወለዲ"), also with ን (to).
ETHIOPIC_ADDRESSEES = frozenset(["ኩልኹም", "ኹልኹም", "ኩሉኹም", "ኹሉኹም", "ኩልኩም", "ወለዲ", "ዓርከይ", "ኣሕዋተይ", "ኣሕዋት"])
# When, right after a sentence's subject: today, yesterday, always, all (the time), at night, in the morning.
ETHIOPIC_TIMES = frozenset(["ሎሚ", "ትማሊ", "ወትሩ", "ኩሉ", "ለይቲ", "ንግሆ", "ንጉሆ", "ምሸት", "ሕጂ", "ሓደሓደ"])
# Subjects before such a time that are no names: children, the bus, I, he, she, we, they, my son, the teacher.
ETHIOPIC_SUBJECTS = frozenset(["ቆልዑ", "ህጻናት", "ኣውቶቡስ", "ኣነ", "ንሱ", "ንሳ", "ንሕና", "ንሶም", "ንሰን", "ኣንቱም",
                               "ወደይ", "ጓለይ", "መምህር", "መምህርት", "መምህራን", "ትምህርቲ", "ምግቢ", "ወለዲ", "ኩሉ"])


def _ethiopic_name(word, latin, cued, following, titled=False):
    """Return whether an Ethiopic word (no case) is a name: the name list says so, or a person cue stands before."""
    names = given_names()
    if latin in ETHIOPIC_GREETINGS and not cued and (following is None or following.opens_sentence
                                                     or following.text.removeprefix("ን") in ETHIOPIC_ADDRESSEES
                                                     or word.opens_sentence and following.start > word.end + 1):
        return False  # "ሰላም ንኹልኹም!", "ሰላም፡", "ሰላም፣ …": a greeting set off by a mark, not the girl Selam
    if word.opens_sentence and following is not None and following.text in ETHIOPIC_TIMES \
            and word.text not in ETHIOPIC_WORDS and word.text not in ETHIOPIC_SUBJECTS and word.text not in PERSON_CUES \
            and not word.text.startswith(ETHIOPIC_OBJECT) and len(latin.lstrip("'")) > 3 \
            and (any(f in names for f in _ethiopic_forms(latin)) or looks_like_name(latin.lstrip("'"))):
        return True  # "ሳባ ኩሉ ግዜ ትበኪ": the subject, then when (all the time, today) she does it ('ermiyas: ኤርሚያስ)
    if word.text in ETHIOPIC_WORDS:
        return False  # "ቆልዑ ደሓን እዮም" (the children are fine), "ጓለይ ማይ …" (water): words, after a relative too
    if len(word.text) == 2:  # a syllable a letter: two are most often a word (ቤት house, ናይ of)
        # but pet forms in -i open sentences: ዮኒ (Yoni), ዳኒ (Dani), ሚሚ (Mimi); after "my daughter" a listed name
        # of two syllables is the child (ጓለይ ሳባ, ኣደ ሩታ)
        return (word.opens_sentence and latin.endswith("i") or cued) and any(f in names for f in _ethiopic_forms(latin))
    if len(word.text) < 2:
        return False
    return any(f in names for f in _ethiopic_forms(latin)) \
        or cued and not titled and not word.text.startswith(ETHIOPIC_OBJECT)  # "ወደይ ዳዊት"; not "ወደይ ንባብ" reading
