"""A name no list holds, known by the genitive before a relative: "Jockes pappa", "Hiwots mamma", "Faays kompis"."""
from .lexicon import english_words, is_word, looks_like_name, swedish_places
from .nicknames import is_nickname
from .wordforms import compound, definite_of_word


def unlisted_genitive(lower, kin=False):
    """Return whether a word that is no word is the genitive of a name or a short form ("jockes", "hiwots"); before
    one parent or a sibling (kin: "chideras pappa", "Ngozis mamma") any such word, spelt like a name or not: a
    thing or a place has no mother."""
    if not lower.endswith("s") or len(lower) < 4:
        return False
    stem = lower[:-1]
    if is_word(stem) or stem in english_words() or stem in swedish_places() or compound(stem):
        return False  # "grannens", "Ikeas": a word's or a place's genitive
    return is_nickname(stem) or looks_like_name(stem) or kin and 4 <= len(stem) <= 9 \
        and not definite_of_word(stem) and any(vowel in stem for vowel in "aeiouyåäö")
