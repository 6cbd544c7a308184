"""A name no list holds, known by the genitive before a relative: "Jockes pappa", "Hiwots mamma", "Faays kompis"."""
from .lexicon import english_words, is_word, looks_like_name, swedish_places
from .nicknames import is_nickname
from .wordforms import compound


def unlisted_genitive(lower):
    """Return whether a word that is no word is the genitive of a name or a short form ("jockes", "hiwots")."""
    if not lower.endswith("s") or len(lower) < 4:
        return False
    stem = lower[:-1]
    if is_word(stem) or stem in english_words() or stem in swedish_places() or compound(stem):
        return False  # "grannens", "Ikeas": a word's or a place's genitive
    return is_nickname(stem) or looks_like_name(stem)
