"""Words that look like names but are none where they stand: a common lower-case word of the language the text is
in ("el lunes" Monday, "hvala puno" very much), which a text in Spanish or Bosnian shares short words with Swedish
for; and a label before a colon opening the text ("Edit:", "PS:", "Obs:"), as forums and chats write them."""
from functools import lru_cache

from .lexicon import english_words, foreign_words, given_names, is_word

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


def not_names(text, words):
    """Return the indexes of the words the name checks should read as neighbours only, never as names."""
    found = set()
    if words and words[0].lower in LABELS and _label(text, words[0]):
        found.add(0)
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
