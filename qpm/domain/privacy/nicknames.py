"""Short forms of given names: Swedish Fredde, Lisen, Kattis; Polish Bartek, Kasia; Bosnian Dženi."""
import re

from .lexicon import english_words, given_names, is_word, name_beginnings

# Short forms in the families' other languages: Polish Bartek, Wojtek, Kasia; Bosnian Dženi, Mimi.
FOREIGN_NICKNAME_ENDINGS = ("tek", "ek", "sia", "cia", "zia", "nia", "i")
# Endings Swedish makes short forms with: Kattis, Jonte, Vilmis, Fredde, Lollo.
NICKNAME_ENDINGS = ("isen", "is", "san", "an", "te", "e", "o", "ie", "y", "sa")
# "-en" and "-sen" also end nouns ("appen", "rasten"): a short form only after a whole name ("Lisen", "Jossen").
NAME_ENDINGS = ("sen", "en")


# Swedish short forms with "ck" for a k-sound after one vowel: Jocke (Joakim), Micke, Nicke, Macke, Mackan, Jockis.
CK_FORM = re.compile(r"^[^aeiouyåäö]{1,2}[aeiouyåäö]ck(?:e|an|is|o|en)$")


def is_nickname(lower, endings=NICKNAME_ENDINGS, english=True):
    """Return whether a word that is no Swedish word looks like a short form of a given name ("Fredde", "Lisen");
    english=False where English words say nothing (a text in Finnish: "Make ja Late")."""
    beginnings, names = name_beginnings(), given_names()
    if english and lower in english_words():
        return False  # "slime", "tacos" in a Swedish sentence
    if endings is NICKNAME_ENDINGS and CK_FORM.match(lower):
        return True
    if any(lower.endswith(e) and lower[:-len(e)] in names and len(lower) - len(e) >= 3 for e in NAME_ENDINGS):
        return True
    for ending in endings:
        if not lower.endswith(ending):
            continue
        stem = lower[:-len(ending)]
        # Swedish doubles the consonant before the ending: Fredde is Fred-, Lollo Lol-, Danne Dan-.
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
        if stem != undoubled and is_word(stem + "a"):
            continue  # "mammis", "pappis": pet forms of ordinary words
        if any(3 <= len(s) <= 5 and s in beginnings for s in (stem, undoubled)):
            return True
        # a doubled consonant before the ending is a short form's own mark: Frippe (Fredrik), Sigge, Ludde
        if stem != undoubled and ending in ("e", "an", "is", "o") and len(lower) <= 7 and undoubled[:3] in beginnings:
            return True
    return False
