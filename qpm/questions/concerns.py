"""The concern inside a topic ("late pick-ups", "chat with strangers") and goals that keep it, from concerns.toml."""
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from .rules import stem, words
from .topics import COMPOUND_PART, WHOLE, _hit, _weighed, lexicon, read_words, topics_of

CONCERNS_FILE = Path(__file__).parent / "concerns.toml"
SURELY = 2  # hits that name a concern of a topic other than the main one: a phrase, or two of its words


@cache
def catalogue():
    """Return the concerns, in the file's order."""
    with CONCERNS_FILE.open("rb") as handle:
        return tuple(tomllib.load(handle)["concern"])


@cache
def _triggers(language):
    """Return, per topic, (concern, single stems, phrases as stem tuples, words matched as written)."""
    found = {}
    for concern in catalogue():
        singles, phrases, written = set(), [], set()
        for entry in concern["words"].get(language, ()):
            if entry.startswith("="):
                written.add(entry[1:])
                continue
            parts = tuple(stem(language, part) for part in words(entry, language))
            if len(parts) == 1:
                singles.add(parts[0])
            elif parts:
                phrases.append(parts)
        row = (concern, frozenset(singles), tuple(phrases), frozenset(written))
        found.setdefault(concern["topic"], []).append(row)
    return found


def concern_goals(text, language):
    """Return the goals of the concerns a question names under its main topic, the one naming most first."""
    weighed = _weighed(text, language)
    if not weighed:
        return ()
    # The main topic's concerns first: "kommer ut ur sängen" is bedtime, not a wish to go out and play. When it has
    # none, a concern another concrete topic of the question names twice over, by a phrase or two words ("främlingar
    # … i spelchattar" is online safety's, though games name the question first), with a goal on the main topic too.
    main = weighed[0][0]
    found = _goals(text, language, main)
    for topic, weight in weighed[1:]:
        if found:
            break
        # named by a word of its own, not hinted ("buying" sweets), and its goal still names the main topic
        if weight >= WHOLE and not lexicon()[topic].get("general"):
            found = tuple(goal for goal in _goals(text, language, topic, SURELY) if main in topics_of(goal, language))
    return found


@lru_cache(maxsize=2048)
def _goals(text, language, topic, least=1):
    """Return the goals of the topic's concerns the question names (by `least` hits), the one naming most first."""
    tokens = read_words(text, language)
    stems = [stem(language, token) for token in tokens]
    ranked = []
    for order, (concern, singles, phrases, written) in enumerate(_triggers(language).get(topic, ())):
        hits = sum(_in_order(parts, stems) for parts in phrases) * 2  # a phrase names a concern more surely
        hits += sum(token in written or token.rstrip("s") in written for token in tokens)
        # A compound names the concern by its last part too ("magsjukan", "praoplatsen").
        hits += sum(bool(singles) and _names(token_stem, singles, language) for token_stem in set(stems))
        if hits >= least:
            ranked.append((-hits, order, concern["goals"][language]))
    return tuple(goal for *_, goals in sorted(ranked, key=lambda item: item[:2]) for goal in goals)


def _in_order(parts, stems):
    return any(tuple(stems[i:i + len(parts)]) == parts for i in range(len(stems) - len(parts) + 1))


def _names(token_stem, singles, language):
    return token_stem in singles or (len(token_stem) > COMPOUND_PART and _hit(token_stem, singles, language) > 0.5)
