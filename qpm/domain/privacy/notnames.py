"""Words that look like names but are none where they stand: a common lower-case word of the language the text is
in ("el lunes" Monday, "hvala puno" very much), which a text in Spanish or Bosnian shares short words with Swedish
for; a label before a colon opening the text ("Edit:", "PS:", "Obs:"), as forums and chats write them; and an
English verb in the imperative opening a sentence ("Mark the dates"); a month after a day's number ("4 June"); a
Somali noun before "darro" (lack of: "Ayaan darro", bad luck)."""
from functools import lru_cache

from .lexicon import english_words, foreign_words, given_names, is_word
from .transliterated import NOUN_NAMES

# Labels that open a note before a colon: "Edit: menade tisdagar", "Update: it's fixed", "Obs: ta med mössa".
LABELS = frozenset(["edit", "update", "uppdatering", "uppdaterat", "tillägg", "rättelse", "obs", "ps", "pps", "info",
                    "fråga", "förslag", "tips", "note", "nb", "question", "idea", "idé", "correction", "redigerat"])


def _label(text, word):
    """Return whether a word opening the text is a label before a colon ("Edit:")."""
    return word.start == text.find(word.text) and text[word.end:word.end + 1] == ":" and word.lower in LABELS \
        and not text[:word.start].strip(" \t\r\n\"'*")


@lru_cache(maxsize=1)
def _common_not_names():
    """Return the common words of the home languages that no name list holds, as one set."""
    names = given_names()
    return frozenset(word for listed in foreign_words()[1].values() for word in listed if word not in names)


# What an English imperative opening a sentence takes as its object: "Mark the dates", "Bill your hours", "Save a seat".
OBJECTS = frozenset(["the", "your", "our", "this", "these", "those", "a", "an", "all"])


def _imperative(words, index):
    """Return whether an English word opening a sentence before "the"/"your" is a verb in the imperative, not a
    name: "Mark the dates", "Will the …" (a name before "the" is rare: "Grace the …")."""
    return index + 1 < len(words) and words[index + 1].lower in OBJECTS and words[index].capitalised \
        and words[index].lower in english_words() and not words[index + 1].capitalised


# Months that are given names too (June, April, Maj), after a day's number a date: "12 March", "4 June", "3 maj".
MONTHS = frozenset(["april", "may", "june", "july", "august", "maj", "juni", "juli", "augusti", "march", "mars"])


def _after_a_number(text, word):
    """Return whether a day's number stands right before a word ("4 June", "4:e juni")."""
    before = text[max(0, word.start - 5):word.start].rstrip()
    return bool(before) and (before[-1].isdigit() or before.endswith((":e", ":a", "th", "st", "nd", "rd"))
                             and any(c.isdigit() for c in before))


# Somali "darro" (lack, -lessness) makes a noun of the word before it: "ayaan darro" (bad luck), "hurdo darro"
# (sleeplessness), "edeb darro" (bad manners); a name takes none.
LACKING = frozenset(["darro", "darrada", "darradu", "darradii"])


def _noun_again(words):
    """Return the indexes of capitalised names that are nouns ("Надія", hope), whose noun the text writes in lower
    case elsewhere, in any case ("немає надії"): the writer means the noun ("Надія вмирає останньою", a saying)."""
    nouns = [i for i, w in enumerate(words) if w.lower in NOUN_NAMES and w.capitalised]
    if not nouns:
        return ()  # most texts: none of these names
    return [i for i in nouns if any(not w.capitalised and w.lower.startswith(words[i].lower[:-1])
                                    and len(w.lower) <= len(words[i].lower) + 2 for w in words)]


def not_names(text, words):
    """Return the indexes of the words the name checks should read as neighbours only, never as names."""
    found = set()
    if words and words[0].lower in LABELS and _label(text, words[0]):
        found.add(0)
    found.update(i for i, w in enumerate(words) if w.opens_sentence and w.capitalised and _imperative(words, i)
                 or w.lower in MONTHS and w.start and _after_a_number(text, w))
    found.update(_noun_again(words))
    if not LACKING.isdisjoint([w.lower for w in words]):
        found.update(i for i in range(len(words) - 1) if words[i + 1].lower in LACKING)
    _also, common = foreign_words()
    commonest = _common_not_names()
    if commonest.isdisjoint([w.lower for w in words]):
        return found  # the quick test: most texts have none of these words
    # (Swedish words among them, "i", "en", "till", the name checks read as words already)
    candidates = [i for i, w in enumerate(words) if len(w.lower) > 2 and w.lower in commonest and not w.capitalised
                  and not is_word(w.lower)]
    if not candidates:
        return found  # most texts: no common word of the home languages that no name list holds
    english = english_words()
    others = [w.lower for w in words if w.lower not in english]
    counts = {language: sum(word in listed for word in others) for language, listed in common.items()}
    for index in candidates:
        lower = words[index].lower
        # the languages the text's other words are most often common words of (as foreign._languages reads them)
        own = {language: count - (lower in common[language] and lower not in english) for language, count in counts.items()}
        best = max(own.values())
        if best and any(lower in common[language] for language, count in own.items() if count == best):
            found.add(index)
    return found
