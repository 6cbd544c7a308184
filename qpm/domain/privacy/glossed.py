"""A short form with the full name beside it in brackets, in any script: "ኣሚ (ኣማኑኤል)", "Memo (Mehmet)",
"Сашко (Олександр)", "Alexander (Alex)": a parent telling the name a child goes by."""
import re

from anyascii import anyascii

from .diminutives import pet_form
from .lexicon import english_words, given_names, is_word

# Two words, the second in brackets right after the first.
GLOSS = re.compile(r"([^\W\d_]{2,})\s?\(\s?([^\W\d_]{2,})\s?\)")
# Ethiopic writes a vowel that opens a word as a glottal letter (ኣ, ኤ), read "'a", "'e": Amanuel is the lists'
# Emanuel, as Abraham, Elsa are spelt with either.
OPENING_VOWELS = ("a", "e")


def _forms(word):
    """Return the lower-case Latin forms a word may be a name in: its transliteration, without glottal marks, with
    an opening vowel read either way, w as v."""
    latin = anyascii(word).lower().replace("'", "")
    forms = {latin, latin.replace("w", "v")}
    if word[0] >= "\u0250" and latin[:1] in OPENING_VOWELS:
        forms |= {vowel + form[1:] for form in set(forms) for vowel in OPENING_VOWELS}
    return forms


def _ordinary(word):
    """Return whether a word is an ordinary Swedish or English word ("fritids (fritidshemmet)")."""
    lower = word.casefold()
    return is_word(lower) or lower in english_words()


# A word and, in brackets right after it, whose child or relative it is: "björn (min son alltså)", "Ask (our son)".
KIN_GLOSS = re.compile(r"([^\W\d_]{2,})\s?\(\s?(min|mitt|vår|my|our|mi|nuestro|nuestra|mój|moja|moj|мій|моя|наш|наша)"
                       r"\s+([^\W\d_]+)", re.IGNORECASE)
KIN = frozenset(["son", "dotter", "bror", "syster", "kusin", "brorson", "systerdotter", "systerson", "brorsdotter",
                 "daughter", "brother", "sister", "cousin", "hijo", "hija", "hermano", "hermana", "syn", "córka",
                 "brat", "siostra", "sin", "kćerka", "kći", "sestra", "син", "донька", "брат", "сестра"])


def glossed_name(text):
    """Return whether a text holds a name and its short form, one in brackets after the other, or a given name with
    whose child it is in brackets after it (also a name that is a word: "björn (min son alltså, inte gruppen)")."""
    if "(" not in text:
        return False  # the quick test: most texts have no brackets
    names = given_names()
    if any(match.group(1).casefold() in names and match.group(3).casefold() in KIN for match in KIN_GLOSS.finditer(text)):
        return True
    for match in GLOSS.finditer(text):
        first, second = match.group(1), match.group(2)
        if _ordinary(first) or _ordinary(second):
            continue
        one, other = _forms(first), _forms(second)
        listed = [forms for forms in (one, other) if any(form in names for form in forms)]
        if not listed:
            continue
        # the short form starts as the full name does ("ami", "amanuel"), or both are listed or pet forms
        initials = {form[0] for form in one if form} & {form[0] for form in other if form}
        if initials and (len(listed) == 2 or any(pet_form(form) for form in one | other)
                         or any(len(form) <= 5 for form in one | other)):
            return True
    return False
