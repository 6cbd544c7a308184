"""Given names, nicknames and genitives, in any case, and names written in other scripts."""
import re
import unicodedata

from anyascii import anyascii

from .lexicon import arabic_key, arabic_names, english_words, given_names, is_word, name_beginnings, swedish_places

# After a name at the start of a sentence comes what the child does: "Saga behöver", "Liv och Love leker";
# "Max två timmar", "Stig på!" start with the ordinary word.
NAME_FOLLOWERS = frozenset(
    "är var har hade vill ville kan kunde ska skulle behöver behövde gillar tycker tyckte får fick blir blev brukar "
    "säger sa sade leker lekte slår slog går gick kommer kom gråter grät bråkar retas mobbar mår hämtas "
    "hämtar berättar berättade sover åt äter pratar springer verkar känner saknar "
    "is has was said likes".split())
# After a genitive the family or friends follow: "lisas mamma", "Ebbas kompis".
RELATIVES = frozenset("mamma pappa mor far mamman pappan bror syster brorsa syrra kompis kompisar vän vänner "
                      "föräldrar familj mormor farmor morfar farfar barn son dotter mum dad mom".split())
# Capitalised words with these endings are places, not people.
PLACE_ENDINGS = re.compile(r"(?:vägen|gatan|gården|torget|parken|skolan|hallen|berg|backen|viken|staden|holmen|sjön"
                           r"|ängen|dalen|huset|kyrkan|ringen|hagen|stan|landet|sta|by|köping|ån)$")
POSSESSIVES = frozenset("hans hens dess vars ens alls mins dins sins hennes deras".split())
# Endings Swedish makes short forms with: Kattis, Jonte, Vilmis, Fredde, Lollo.
NICKNAME_ENDINGS = ("isen", "is", "an", "te", "e", "o", "ie", "y", "sa")
# Writing systems whose words the Latin name list reaches through transliteration.
TRANSLITERATED = ("CYRILLIC", "GREEK", "ETHIOPIC", "ARMENIAN", "GEORGIAN")
RIGHT_TO_LEFT = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")


def _script(word):
    """Return the Unicode script name of a word's first letter (LATIN, ARABIC, CYRILLIC …)."""
    return unicodedata.name(word[0], "LATIN").split()[0]


def _stems(lower):
    """Return the forms a word may be a name in: itself, without a genitive s, without a hyphen part."""
    stems = {lower}
    for ending in (":s", "'s", "’s", "s"):
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stems.add(lower[:-len(ending)])
    if "-" in lower:
        stems.update(part for part in lower.split("-") if len(part) > 1)
    return stems


def is_nickname(lower):
    """Return whether a word that is no Swedish word looks like a short form of a given name."""
    beginnings = name_beginnings()
    for ending in NICKNAME_ENDINGS:
        stem = lower[:-len(ending)]
        if lower.endswith(ending) and 3 <= len(stem) <= 5 and stem in beginnings:
            return True
    return False


def _compound(lower):
    """Return whether a word not in the list is a Swedish compound ("ekbacken", "vklass"): a word after a word."""
    for cut in range(1, len(lower) - 3):
        head, tail = lower[:cut], lower[cut:]
        if is_word(tail) and (cut == 1 or is_word(head) or is_word(head.rstrip("s"))):
            return True
    return False


def _latin_name(word, following, mostly_swedish):
    """Return whether a Latin-script word is used as a person's name."""
    stems = _stems(word.lower)
    names = given_names()
    if "-" in word.lower:  # Anna-Karin is a name, Saga-stunden a word
        parts = [part for part in word.lower.split("-") if len(part) > 2]
        known = any(part in names for part in parts)
        ordinary = not any(part in names and not is_word(part) for part in parts)
    else:
        known = any(stem in names and len(stem) > 2 for stem in stems)
        ordinary = is_word(word.lower) or word.lower in swedish_places() or any(
            is_word(s) or s in swedish_places() for s in stems if s != word.lower)
    if not mostly_swedish and not ordinary:  # "she", "agree", "cars" are names somewhere too
        ordinary = word.lower in english_words() or word.lower.rstrip("s") in english_words()
    if known and word.lower.endswith("s") and following is not None and following.lower in RELATIVES \
            and word.lower not in POSSESSIVES:
        return True
    inside = word.capitalised and not word.opens_sentence
    if len(word.lower) <= 2:  # Bo, Li, Ai: names only where a name stands
        return inside and word.lower in names and not ordinary
    if known and not ordinary:
        return word.capitalised or mostly_swedish  # lower case only where the words around are Swedish
    if known:  # a name that is also a word (Saga, Max, Liv) counts when written as a name
        if not word.capitalised:
            return False
        return not word.opens_sentence or (following is not None and following.lower in NAME_FOLLOWERS)
    if ordinary:
        return False
    if any(c.isupper() for c in word.text[1:]) or _compound(word.lower) or PLACE_ENDINGS.search(word.lower):
        return False  # TikTok, YouTube; Ekbacken, Vklass; Karlavägen, Hellasgården
    if inside:
        return True  # a capitalised non-word inside a sentence is most often a name (in Somali or Finnish too)
    if not mostly_swedish:
        return False
    return is_nickname(word.lower) and (not word.opens_sentence or (following is not None
                                                                    and following.lower in NAME_FOLLOWERS))


# Arabic and Persian words that are also given names (on, kind, happy, hope, need …) count only after
# a word that introduces a person ("my son", "her name is").
ARABIC_ALSO_WORDS = frozenset(arabic_key(w) for w in (
    "على إلى حتى متى لدى لطيفة لطيف جميلة جميل سعيد سعيدة كريم كريمة أمل نور هدى سلام حسن حسنة صبر فرح رحمة "
    "أمان وفاء حياة أمين أمينة عادل منير رشيد حليم نبيل شريف فاضل بهار باران شادی امید آرزو نیاز مهر گل دریا "
    "ستاره روشن آزاد سپیده صبا نسیم بهروز خوش پاک جان دل ماه خورشید زیاد بدري الله برای غالية عربي العربي "
    "بالعربي كثير شكرا سلام").split())
PERSON_CUES = frozenset(arabic_key(w) for w in (
    "ابني ابنتي ابننا ابنتنا ابن بنت ولدي اسمه اسمها اسمي صديقه صديقها اخوه اخته پسرم دخترم پسر دختر اسم "
    "بچه‌ام فرزندم").split())


def _arabic_name(text, before):
    """Return whether an Arabic-script word is a given name, also after "و" (and) or "ل"/"ب" (to, with)."""
    key, names = arabic_key(text), arabic_names()
    if len(key) > 3 and key not in names and key[0] in "ولب" and key[1:] in names:
        key = key[1:]
    if key not in names:
        return False
    return key not in ARABIC_ALSO_WORDS or (before is not None and arabic_key(before.text) in PERSON_CUES)


def has_name(words):
    """Return whether any of the words (known characters already taken out) names a person."""
    latin = [w for w in words if _script(w.text) == "LATIN"]
    swedish = sum(1 for w in latin if not w.capitalised and is_word(w.lower))
    mostly_swedish = swedish * 2 >= len(latin) and swedish > 0
    names = given_names()
    for index, word in enumerate(words):
        script = _script(word.text)
        following = words[index + 1] if index + 1 < len(words) else None
        if script == "LATIN":
            if _latin_name(word, following, mostly_swedish):
                return True
        elif script in TRANSLITERATED:
            cased = word.text[0].isupper() or word.text.lower() == word.text.upper()  # Ethiopic has no case
            if cased and len(word.text) > 2 and any(s in names for s in _stems(anyascii(word.text).lower())):
                return True
        elif script in RIGHT_TO_LEFT:
            if len(latin) > len(words) - len(latin) or _arabic_name(word.text, words[index - 1] if index else None):
                return True  # a word in Arabic or Persian script inside a Swedish sentence is most often a name
    return False
