"""A name in Latin letters inside a text in another script: "Yonas ካብ ትምህርቲ …", "ابني و Karim يلعبون"."""
from .handles import SERVICES
from .feasts import FEAST_DAYS
from .lexicon import english_words, given_names, is_word, looks_like_name, swedish_places, world_names
from .wordforms import compound, definite_of_word

# Apps and games parents name in any language ("Roblox", "Youtube"): words, never names.
SERVICE_NAMES = frozenset(SERVICES.split("|"))


def _latin(text):
    """Return whether a word is written in Latin letters (Basic Latin to Latin Extended-B)."""
    return text[0] < "\u0250"


def latin_name_among_scripts(words, skip=frozenset()):
    """Return whether a capitalised Latin word that is no word stands in a text written mostly in another script.

    A parent writing Tigrinya, Arabic or Ukrainian switches to Latin letters for what has none in their script: a
    child's name as the school spells it, a group ("Myran"), a street, an app. Words, places and apps are known;
    what is left and spelt like a name is a person.
    """
    latin = [(i, w) for i, w in enumerate(words) if _latin(w.text)]
    if not latin or len(latin) * 2 >= len(words):
        return False  # most texts: Latin words only, read by the name checks
    for index, word in latin:
        lower = word.lower
        if index in skip or not word.capitalised or len(lower) < 3 or any(c.isupper() for c in word.text[1:]):
            continue  # a character's name, a lower-case word ("youtube"), a code, "TikTok"
        if is_word(lower) or definite_of_word(lower) or lower in english_words() \
                or lower in swedish_places() or lower in world_names() or lower in SERVICE_NAMES or lower in FEAST_DAYS:
            continue  # "Igelkott", "Ekorren", "Solrosen", "Roblox", "Lucia": a group, a place, an app, a feast
        if lower in given_names() or not compound(lower) and looks_like_name(lower):
            return True  # a name ("Olena" too, though it splits like a compound), or spelt like one, not like "Oatly"
    return False
