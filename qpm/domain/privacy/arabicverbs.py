"""Arabic and Persian given names that are words too (أمل hope, باران rain, ستاره star), told by what only a person
does soon after them opening a sentence ("ستاره میگه" says, "أمل ما تاكل … لأنها" doesn't eat … because she); and
Persian short forms in -ی of a listed name opening a sentence before a time or a verb ("فاطی دیروز" of فاطمه)."""
from .arabic import ARABIC_ALSO_WORDS
from .lexicon import arabic_key, arabic_names

# What only a person does or is, as Arabic and Persian parents write it (folded): says, said, cries, eats, sleeps,
# wants, is awake, is afraid, because she/he, likes; Persian spoken forms too.
PERSON_DOINGS = frozenset(arabic_key(w) for w in [
    "تقول", "يقول", "قالت", "قال", "تبكي", "يبكي", "بكت", "بكى", "تاكل", "ياكل", "تأكل", "يأكل", "تنام", "ينام",
    "تريد", "يريد", "تحب", "يحب", "تخاف", "يخاف", "لأنها", "لأنه", "لانها", "لانه", "تلعب", "يلعب", "تروح", "يروح",
    "میگه", "می\u200cگه", "میگوید", "گفت", "بیداره", "میخوابه", "می\u200cخوابه", "نمیخوابه", "نمی\u200cخوابه",
    "میخواد", "می\u200cخواد", "نمیخواد", "نمی\u200cخواد", "گریه", "میترسه", "می\u200cترسه", "دوست", "بازی",
    "نمیره", "نمی\u200cره", "میره", "می\u200cره", "نمیتونه", "نمی\u200cتونه", "میتونه", "می\u200cتونه"])
# How far after the word its doing may stand.
REACH = 6
# Persian times and verb openings after a short form: yesterday, today, always, every, again; mi-/nemi- verbs.
PERSIAN_TIMES = frozenset(arabic_key(w) for w in ["دیروز", "امروز", "همیشه", "هر", "باز", "هنوز", "هم", "فردا",
                                                  "دیشب", "امشب", "اصلا"])
VERB_OPENINGS = tuple(arabic_key(w) for w in ["می", "نمی"])
# The Persian ending of a short form: فاطی of فاطمه, زهی of زهرا, مهی of مهسا.
SHORT_ENDING = arabic_key("ی")


def _short_form(key):
    """Return whether a folded word is a Persian short form in -ی: three letters or more of a listed name, no name
    itself ("فاطی" of فاطمه)."""
    if not key.endswith(SHORT_ENDING) or key in arabic_names() or key in ARABIC_ALSO_WORDS:
        return False
    stem = key[:-1]
    return len(stem) >= 3 and any(name.startswith(stem) and len(name) > len(key) for name in _by_stem(stem[:3]))


# Persian "when it becomes …": "که" and a form of "become" after a time or a season ("بهار که بشه", "شب که شد").
THAT = arabic_key("که")
BECOMES = frozenset(arabic_key(w) for w in ["بشه", "بشود", "شد", "شود", "میشه", "می‌شه", "میشود"])


def _time_clause(words, index):
    """Return whether "که" and a form of "become" follow the word at index: the word is a time, not a person."""
    return index + 2 < len(words) and arabic_key(words[index + 1].text) == THAT \
        and arabic_key(words[index + 2].text) in BECOMES  # not "سارا که بیاد", when Sara comes


_STEMS = {}


def _by_stem(first):
    """Return the listed names that begin with the same three letters (built once)."""
    if not _STEMS:
        for name in arabic_names():
            _STEMS.setdefault(name[:3], []).append(name)
    return _STEMS.get(first, ())


def acting_arabic_name(words, skip=frozenset()):
    """Return whether a word-name opening an Arabic or Persian sentence does what only a person does soon after, or a
    Persian short form opens one before a time or a verb."""
    for index, word in enumerate(words):
        if not word.opens_sentence or not "\u0600" <= word.text[0] <= "\u06ff" or index in skip \
                or index + 1 >= len(words):
            continue  # most words: inside a sentence, or in Latin letters
        key = arabic_key(word.text)
        if _time_clause(words, index):
            continue  # "بهار که بشه …" when it is spring: a season or a time becomes, a person does not
        if key in ARABIC_ALSO_WORDS and key in arabic_names():
            for at in range(index + 1, min(len(words), index + REACH + 1)):
                if words[at].opens_sentence:
                    break
                if arabic_key(words[at].text) in PERSON_DOINGS:
                    return True
        following = arabic_key(words[index + 1].text)
        if _short_form(key) and (following in PERSIAN_TIMES or following.startswith(VERB_OPENINGS)):
            return True
    return False
