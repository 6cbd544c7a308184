"""A pet form in lower case opening a sentence in another language: "jędrek nie chce", "wojtek znowu płacze"."""
from .languages import FOREIGN_FOLLOWERS, foreign_verb
from .lexicon import english_words, foreign_words, is_word
from .nicknames import FOREIGN_NICKNAME_ENDINGS, is_nickname

# The letters only the families' other languages write: a word with one is no Swedish or English word.
FOREIGN_LETTERS = frozenset("ąćęłńśźżčćđšžçğışñ")
# Pet forms that end like words a child's family calls it: "synek" (sonny), "braciszek", "córcia".
KIN_STEMS = ("syn", "brat", "brac", "córc", "cór", "mam", "tat", "bab", "dziad", "kot", "piesek")


def lowercase_pet_form(words, skip=frozenset()):
    """Return whether a lower-case word opening a sentence is a pet form of a name before a person's verb."""
    for index in range(len(words) - 1):
        word = words[index]
        if not word.opens_sentence or word.capitalised or index in skip:
            continue  # most words: inside a sentence, or capitalised and read by the name checks
        lower, after = word.lower, words[index + 1].lower
        if all(FOREIGN_LETTERS.isdisjoint(w.lower) for w in words[index:index + 4]):
            continue  # a text in Swedish or English, whose lower-case names the other checks read
        if not (after in FOREIGN_FOLLOWERS or foreign_verb(after)) or lower.startswith(KIN_STEMS):
            continue
        if is_word(lower) or lower in english_words() or any(lower in c for c in foreign_words()[1].values()):
            continue  # "dzisiaj", "wczoraj": the commonest words of the languages
        if is_nickname(lower, FOREIGN_NICKNAME_ENDINGS):
            return True
    return False
