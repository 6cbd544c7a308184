"""What a question of the day is about (its topic, by word stems) and that topic turned into a goal."""
import tomllib
from functools import lru_cache
from pathlib import Path

from .rules import stem, words

GOALS_FILE = Path(__file__).parent / "goals.toml"
COMPOUND_PART = 4  # a stem this long also counts as the first or last part of a compound ("syskonbråken")


@lru_cache(maxsize=None)
def lexicon():
    """Return the topics of the problem→goal lexicon, in the file's order."""
    with GOALS_FILE.open("rb") as handle:
        return tomllib.load(handle)["topics"]


@lru_cache(maxsize=None)
def _stems(language, key):
    return {topic: frozenset(stem(language, word) for word in entry.get(key, {}).get(language, ()))
            for topic, entry in lexicon().items()}


def topic_stems(language):
    """Return each topic's word stems in a language."""
    return _stems(language, "words")


def problem_stems(language):
    """Return each topic's stems for the problem itself (mobbning, lögner, tjat)."""
    return _stems(language, "problems")


def _hits(token_stem, stems, language):
    if token_stem in stems:
        return True
    if language != "sv":  # "bedtimes", "tantrums": the stem starts with the topic's word
        return any(len(part) >= COMPOUND_PART and token_stem.startswith(part) for part in stems)
    # Swedish compounds and endings the stemmer leaves: "plattan", "syskonbråken", "magsjukan"; inside a
    # word only for long parts, so "elak" is not found in "delaktiga".
    return any(len(part) >= COMPOUND_PART and (token_stem.startswith(part) or token_stem.endswith(part)
                                               or (len(part) >= 6 and part in token_stem)) for part in stems)


@lru_cache(maxsize=8192)
def _topics_of_word(token, language):
    stemmed = stem(language, token)
    return frozenset(topic for topic, stems in topic_stems(language).items() if _hits(stemmed, stems, language))


@lru_cache(maxsize=2048)
def topics_of(text, language):
    """Return the topics a text is about: concrete before general ones (stress, conflict), most mentioned first."""
    found = [_topics_of_word(token, language) for token in words(text, language)]
    scored = []
    for order, topic in enumerate(lexicon()):
        places = [i for i, topics in enumerate(found) if topic in topics]
        if places:
            scored.append((bool(lexicon()[topic].get("general")), -len(places), places[0], order, topic))
    return tuple(topic for *_, topic in sorted(scored))


def about(text, language, topic):
    """Return whether a text mentions a topic."""
    return topic in topics_of(text, language)


def problem_nouns(text, language):
    """Return the words of a text that name a problem itself ("mobbningen", "lögnerna", "tjatet")."""
    every = frozenset().union(*problem_stems(language).values())
    return [token for token in words(text, language) if _hits(stem(language, token), every, language)]


def goals(topic, language):
    """Return the topic turned into goals: ready we-form questions written by hand."""
    return list(lexicon()[topic]["goals"][language])
