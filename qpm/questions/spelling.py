"""A teacher's slip of the keys in a word ("toalleten", "bulying", "vanttar") read as the word meant."""
from functools import lru_cache

from qpm.domain.privacy.lexicon import english_words, is_word

LETTERS = {"sv": "abcdefghijklmnopqrstuvwxyzåäö", "en": "abcdefghijklmnopqrstuvwxyz"}
SHORTEST = 5  # shorter slips ("hej", "barn") have too many neighbours to tell which word was meant
VOWELS = set("aeiouyåäö")


def known(word, language):
    """Return whether a lower-case word is in the language's word list (Debian's spelling dictionaries)."""
    if language == "sv":
        return is_word(word)
    listed = english_words()  # its plurals and British forms may be missing ("maths" is no slip for "mates")
    return word in listed or word.endswith("s") and word[:-1] in listed


@lru_cache(maxsize=8192)
def meant(token, language, also=frozenset()):
    """Return the words of the word list, or of `also`, a token is one slip from; none when it is a word itself or
    short. `also` holds words the dictionary lacks, such as the compounds a topic is named by ("extrakläder")."""
    if len(token) < SHORTEST or not token.isalpha() or known(token, language) or token in also:
        return frozenset()
    return frozenset(word for word in _slips(token, LETTERS[language]) if word in also or known(word, language))


def _slips(word, letters):
    """Return the words one typing slip away: a letter left out, added, changed or swapped with the next, or the
    wrong one of two consonants doubled ("toalleten" for "toaletten")."""
    halves = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {left + right[1:] for left, right in halves if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in halves if len(right) > 1}
    found |= {left + letter + right[1:] for left, right in halves if right for letter in letters}
    found |= {left + letter + right for left, right in halves for letter in letters}
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            single = word[:i] + word[i + 1:]
            found |= {single[:j + 1] + single[j] + single[j + 1:] for j in range(len(single))
                      if single[j] not in VOWELS and j != i}
    found.discard(word)
    return found


def undoubled(token, candidates):
    """Return the one candidate that is the token with a double's letter put back, else none: leaving out a letter of
    a double is the commonest slip ("bulying" is "bullying" before it is "buying")."""
    found = [word for word in candidates if len(word) == len(token) + 1 and any(
        word[i] == word[i + 1] and word[:i] + word[i + 1:] == token for i in range(len(word) - 1))]
    return found if len(found) == 1 else []
