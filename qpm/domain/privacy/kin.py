"""A name known by the relative it belongs to: "finns mum" (no apostrophe), "aabaha ilhaan" (Ilhaan's father),
"la mamá de valentina", "pellepappan" (Pelle's dad)."""
from .languages import SOMALI_ARTICLES, SOMALI_WORDS
from .diminutives import pet_form
from .lexicon import english_words, foreign_words, given_names, is_word, looks_like_name
from .nicknames import is_nickname

# English relatives after a genitive that phones type without its apostrophe: "toms dad", "finns mum".
ENGLISH_KIN = frozenset(["mum", "mom", "dad", "mummy", "mommy", "daddy", "mother", "father", "grandma", "granny",
                         "nan", "nana", "grandpa", "brother", "sister", "stepmum", "stepdad", "parents"])
# Somali relatives before the name they belong to: "aabaha Hodan" (Hodan's father), "hooyada", "walaalka".
SOMALI_KIN = frozenset(["aabaha", "aabihii", "hooyada", "hooyadii", "walaalka", "walaasha", "ayeeyada", "awowaha",
                        "abtiga", "habaryarta", "adeerka", "eedada"])

# Relatives "of" a child in Spanish and Bosnian, with the word for "of": "la mamá de valentina", "mama od lejle".
OF_KIN = {"de": frozenset(["mamá", "mama", "papá", "papa", "madre", "padre", "padres", "abuela", "abuelo", "hermano",
                           "hermana", "tía", "tío", "primo", "prima", "mami", "papi"]),
          "od": frozenset(["mama", "majka", "tata", "otac", "roditelji", "brat", "sestra", "baka", "djed", "nana"])}
KIN_WORDS = frozenset().union(*OF_KIN.values())


def _of_relative(words, index):
    """Return whether a lower-case word after a relative and "of" is the child it belongs to: a listed name or pet
    form that is no common word ("la mamá de valentina", not "la mamá de todos")."""
    if index < 2 or words[index - 1].lower not in OF_KIN or words[index - 2].lower not in OF_KIN[words[index - 1].lower]:
        return False
    lower = words[index].lower
    # Bosnian puts the name in the genitive after "od": Lejla → lejle, Tarik → tarika
    forms = {lower, lower[:-1] + "a", lower[:-1]} if words[index - 1].lower == "od" and lower[-1:] in "ea" else {lower}
    return len(lower) > 2 and any(f in given_names() or pet_form(f) for f in forms) and not is_word(lower) \
        and lower not in english_words() and not any(lower in common for common in foreign_words()[1].values())

# A Swedish relative joined to the child's name: "pellepappan" (Pelle's dad), "ellenmamma", "siggesmorsan".
JOINED_KIN = ("pappan", "mamman", "pappa", "mamma", "morsan", "farsan", "brorsan", "syrran")


def _joined_relative(lower):
    """Return whether a word is a given name or short form with a relative joined to it, no word either part."""
    kin = next((k for k in JOINED_KIN if lower.endswith(k)), None) if len(lower) > 8 else None
    if kin is None or is_word(lower):
        return False
    stem = lower[:-len(kin)]
    if stem.endswith(("s", "-")) and stem[:-1] in given_names() and not is_word(stem):
        stem = stem[:-1]  # "siggesmorsan", "ida-mamman"; not "klassmamman"
    if stem.endswith("o") and is_word(stem[:-1] + "a"):
        return False  # "veckopappa": a word's joining form (vecka → vecko-), as "kyrko-", "skolo-"
    return len(stem) >= 3 and not is_word(stem) and stem not in english_words() \
        and (stem in given_names() or is_nickname(stem))


def _english_genitive(word, following):
    """Return whether a word is a name's genitive without its apostrophe right before an English relative."""
    lower = word.lower
    return following.lower in ENGLISH_KIN and following.start == word.end + 1 and lower.endswith("s") \
        and len(lower) > 3 and lower[:-1] in given_names() and lower not in english_words()


def _somali_name(before, word):
    """Return whether a word after a Somali relative is the person it belongs to, not a noun with its article."""
    lower = word.lower
    return before.lower in SOMALI_KIN and len(lower) > 2 and not lower.endswith(SOMALI_ARTICLES) \
        and lower not in SOMALI_WORDS and not is_word(lower) and lower not in english_words() \
        and (lower in given_names() or looks_like_name(lower))


def named_by_kin(words, skip=frozenset()):
    """Return whether a word is named as the child a relative belongs to, in English or Somali."""
    lowers = {w.lower for w in words}
    if any(len(lower) > 8 and lower.endswith(JOINED_KIN) and _joined_relative(lower) for lower in lowers):
        return True  # "pellepappan är den som": the child's name and the relative as one word
    if ENGLISH_KIN.isdisjoint(lowers) and SOMALI_KIN.isdisjoint(lowers) and KIN_WORDS.isdisjoint(lowers):
        return False  # most texts name no relative of these
    for index in range(len(words) - 1):
        if index in skip:
            continue  # a character's name; the relative after it may be listed as an everyday word ("mum")
        if _english_genitive(words[index], words[index + 1]) or _somali_name(words[index], words[index + 1]) \
                or _of_relative(words, index + 1):
            return True
    return False
