"""Swedish word forms that tell an unlisted word from a name: compounds, definite nouns, verbs."""
from .lexicon import english_words, is_word

# Endings of Swedish verbs in the present and past ("Saga ritar", "Liv hoppade"), and plurals that follow
# "Max" or "Per" as words ("Max timmar per dag").
VERB_ENDINGS = ("ar", "er", "ir", "ade", "de", "te", "dde")
COUNTED = frozenset(["timmar", "minuter", "dagar", "veckor", "gånger", "kronor", "sekunder", "månader", "år"])
# Words with a verb's ending that are none: "Saga eller sång", "Max efter maten".
NOT_VERBS = frozenset(["eller", "heller", "efter", "under", "över", "inte", "sedan", "senare", "bakom", "mellan",
                       "sommar", "vinter", "syster", "moster", "faster", "mormor", "farmor", "andre", "hemifrån"])
# Swedish nouns in the definite form ("Föräldralinjen", "Tandborstningen") are no names, even unlisted.
DEFINITE = ("arna", "erna", "orna", "en", "et", "na", "n", "t")
# In a long unlisted word these endings say definite noun even without the base in the list ("Eriksdalsbadet").
LONG_DEFINITE = ("arna", "erna", "orna", "en", "et")


def compound(lower):
    """Return whether a word not in the list is a Swedish compound ("ekbacken", "vklass"): a word after a word."""
    for cut in range(1, len(lower) - 3):
        head, tail = lower[:cut], lower[cut:]
        # the head as it stands in compounds: "skol-" of skola, "mag-" of mage ("Skolbiblioteket", "magsjukan")
        if is_word(tail) and (cut == 1 or is_word(head) or is_word(head.rstrip("s"))
                              or cut > 2 and (is_word(head + "a") or is_word(head + "e"))):
            return True
    return False


def verb(lower):
    """Return whether a Swedish word has the ending of a verb in the present or past ("ritar", "sjunger", "målade")."""
    return lower is not None and len(lower) > 3 and lower.endswith(VERB_ENDINGS) and lower not in COUNTED and lower not in NOT_VERBS \
        and is_word(lower)


def definite_of_word(lower):
    """Return whether a word is an ordinary noun in the definite form ("Lunchen", "Matsalen", "Diskot")."""
    for ending in DEFINITE:
        base = lower[:-len(ending)]
        if lower.endswith(ending) and (is_word(base) or base in english_words()
                                       or len(lower) >= 8 and ending in LONG_DEFINITE):
            return True
    return False


def typo_of_word(lower):
    """Return whether a word is a Swedish word with two letters swapped or one doubled ("barnne", "iinte")."""
    for i in range(len(lower) - 1):
        if lower[i] == lower[i + 1]:
            if is_word(lower[:i] + lower[i + 1:]):
                return True
        elif is_word(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:]):
            return True
    return False
