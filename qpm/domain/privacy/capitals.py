"""A capital inside a sentence, between "that"/"when" and a verb, marks a name even when it is a word ("att Mynta flyttade")."""
from .languages import foreign_verb
from .lexicon import swedish_places
from .wordforms import definite_of_word, verb

# Words that open a clause whose subject follows: a person's name stands there, capitalised, before its verb.
OPENERS = frozenset(["att", "när", "som", "eftersom", "innan", "tills", "medan", "fast", "sen", "då", "och", "men",
                     "that", "when", "because", "since", "until", "and", "but", "że", "bo", "kiedy", "gdy", "ale",
                     "da", "kad", "jer", "ali", "que", "cuando", "porque", "pero", "että", "kun", "koska", "mutta"])


def named_subject(words, skip=frozenset()):
    """Return whether a capitalised word inside a sentence stands after a clause opener and before a verb."""
    for index in range(1, len(words) - 1):
        word = words[index]
        if not word.capitalised or word.opens_sentence or index in skip or len(word.lower) < 3:
            continue  # most words: lower case, or a sentence's first word, whose capital says nothing
        before, after = words[index - 1], words[index + 1]
        if before.lower not in OPENERS or before.capitalised or after.capitalised \
                or any(c.isupper() for c in word.text[1:]):
            continue
        if word.lower in swedish_places() or definite_of_word(word.lower):
            continue  # "att Göteborg har", "när Lunchen är": a place, a noun in the definite form
        if verb(after.lower) or foreign_verb(after.lower):
            return True
    return False
