"""Where the teacher's concern happens ("på rasterna", "at drop-off") and the topic's goal kept at that place."""
import re
import tomllib
from functools import cache
from pathlib import Path

from .rules import stem, words
from .topics import _weighed

SETTINGS_FILE = Path(__file__).parent / "settings.toml"
COMPOUND_HEAD = 3  # "skol" + "bussen": a Swedish compound ending in a place is that place
# English puts a noun after a place to make a compound ("the supermarket floor", "the bus stop"): only these may follow.
EN_AFTER = {"and", "or", "but", "when", "because", "every", "each", "after", "before", "with", "without", "while",
            "where", "if", "so", "as", "until", "since", "at", "on", "in", "during", "for", "from", "to", "any",
            "anymore", "again", "too", "either", "all", "just", "already", "then", "now", "today", "though"}

SPENT_ON = re.compile(r"\b(?:spend|spends|spent|spending|waste|wastes|wasted|wasting|lägga|lägger|lagt)\b(?:\s+\S+){0,4}"
                      r"\s+(?:on|på)\s+\S+$", re.IGNORECASE)


@cache
def _data():
    with SETTINGS_FILE.open("rb") as handle:
        return tomllib.load(handle)


@cache
def _pattern(language):
    """Return a pattern for a preposition, a few words that may stand before a place, and one or two places."""
    data = _data()
    places = sorted(data["places"][language], key=len, reverse=True)
    place = "|".join(re.escape(word) for word in places)
    if language == "sv":  # "middagsbordet", "skolbussen"
        place = rf"(?!(?:för|efter)middag)(?:\w{{{COMPOUND_HEAD},}})?(?:{place})"  # not the time of day
    before = "|".join(re.escape(word) for word in data["before"][language])
    joined = "och" if language == "sv" else "and"
    prepositions = "|".join(data["prepositions"][language])
    return re.compile(rf"(?<![\w-])(?:{prepositions})\s+(?:(?:{before})\s+){{0,2}}(?:{place})"
                      rf"(?:\s+{joined}\s+(?:(?:{before})\s+)?(?:{place}))?(?![\w-])", re.IGNORECASE)


def setting(text, language):
    """Return the first place or occasion a question names after a preposition ("i omklädningsrummet"), or None."""
    for found in _pattern(language).finditer(text):
        after = words(text[found.end():], language)[:1]
        if SPENT_ON.search(text[:found.end()]):
            continue  # "spend hours on Minecraft" is time, not a place
        if language == "sv" or not after or after[0] in EN_AFTER:
            return found[0]
    return None


def around_goal(text, language):
    """Return the main topic's goal at the place the question names, or None when it names none."""
    weighed = _weighed(text, language)
    place = setting(text, language)
    template = _data()["around"].get(weighed[0][0], {}).get(language) if weighed and place else None
    if not template:
        return None
    named = {stem(language, word) for word in words(place, language) if len(word) >= 4}
    said = {stem(language, word) for word in words(template, language) if len(word) >= 4}
    if any(mine.startswith(theirs) or theirs.startswith(mine) for mine in named for theirs in said):
        return None  # "… den vila de behöver på vilan?"
    return template.format(setting=place[0].lower() + place[1:])  # "I omklädningsrummet …" opened the question
