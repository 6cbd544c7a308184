"""The concern inside a topic ("late pick-ups", "chat with strangers") and goals that keep it, from concerns.toml."""
import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from .rules import stem, words
from .topics import COMPOUND_PART, WHOLE, _hit, _weighed, lexicon, read_words, topics_of

CONCERNS_FILE = Path(__file__).parent / "concerns.toml"
# The words a phrase takes inside it and still names the same thing: "sharing their passwords", "delar sina
# lösenord", "i det regnet" — a determiner or possessive, never a word of its own ("få bort mobilerna" is not "få mobil").
PUT_IN = frozenset(["the", "a", "an", "their", "his", "her", "our", "your", "its", "my", "all", "every", "any", "some",
                    "en", "ett", "den", "det", "de", "sin", "sitt", "sina", "hans", "hennes", "deras", "vår", "vårt", "våra",
                    "er", "ert", "era", "min", "mitt", "mina", "alla", "varje", "någon", "något", "några"])
# The children, not the parents: "leker ni själva" is the parents playing, not the children playing alone.
AFTER_VERB = {"barnen", "de", "dom", "han", "hon", "hen", "eleverna", "ungarna", "alltid", "jämt", "ofta", "ibland", "bara"}
SURELY = 2  # hits that name a concern of a topic other than the main one: a phrase, or two of its words
# "@age" in a concern's words: the question says how old the children are who have a thing ("nioåringar har TikTok",
# "alla i femman ha Snapchat", "every Year 4 needs"). Where being old enough for it is the concern, that names it.
AGE = {"sv": re.compile(r"\b(\d{1,2}|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton)[- ]?åring(ar|arna|en)?\b"
                       r"|\b(i|på) (ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian)\b|\b(åk|årskurs) ?\d\b"
                       r"|\b(låg|mellan)stadie(t|barn|elever)\b", re.IGNORECASE),
       "en": re.compile(r"\b(\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen)[- ]years?[- ]olds?\b"
                       r"|\byear \d{1,2}s?\b|\bgrade \d\b|\bprimary school\b", re.IGNORECASE)}
HAVE = {"sv": re.compile(r"\b(ha|har|hade|skaffa|skaffar|skaffat|äga|äger)\b", re.IGNORECASE),
        "en": re.compile(r"\b(have|has|had|need|needs|get|gets|got|own|owns)\b", re.IGNORECASE)}


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
            if entry == "@age":
                written.add(entry)
                continue
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
        hits = sum(_in_order(parts, stems, _put_in(language)) for parts in phrases) * 2  # a phrase names a concern more surely
        hits += sum(token in written or token.rstrip("s") in written for token in tokens)
        hits += "@age" in written and bool(AGE[language].search(text) and HAVE[language].search(text))
        # A compound names the concern by its last part too ("magsjukan", "praoplatsen").
        hits += sum(bool(singles) and _names(token_stem, singles, language) for token_stem in set(stems))
        if hits >= least:
            ranked.append((-hits, order, concern["goals"][language]))
    return tuple(goal for *_, goals in sorted(ranked, key=lambda item: item[:2]) for goal in goals)


@cache
def _put_in(language):
    """Return the stems a phrase may take inside it: a determiner anywhere, and in Swedish a subject or an adverb
    right after a first verb, where a question puts them ("kastar barnen mat", "skyller alltid på")."""
    anywhere = frozenset(stem(language, word) for word in PUT_IN)
    return anywhere, frozenset(stem(language, word) for word in AFTER_VERB) | anywhere if language == "sv" else anywhere


def _in_order(parts, stems, put_in):
    """Return whether a phrase's words stand in order, with at most one word put in ("sharing their passwords")."""
    return any(tuple(stems[i:i + len(parts)]) == parts or _one_put_in(parts, stems[i:i + len(parts) + 1], put_in)
               for i in range(len(stems) - len(parts) + 1))


def _one_put_in(parts, window, put_in):
    anywhere, second = put_in
    return len(window) == len(parts) + 1 and window[0] == parts[0] and window[-1] == parts[-1] \
        and any(window[k] in (second if k == 1 else anywhere) and window[:k] + window[k + 1:] == list(parts)
                for k in range(1, len(parts)))


def _names(token_stem, singles, language):
    return token_stem in singles or (len(token_stem) > COMPOUND_PART and _hit(token_stem, singles, language) > 0.5)
