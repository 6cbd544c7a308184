"""What a question of the day is about (its topic, by word stems and phrases) and that topic turned into a goal."""
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from .rules import FUNCTION_WORDS, stem, words
from .spelling import meant, undoubled

GOALS_FILE = Path(__file__).parent / "goals.toml"
COMPOUND_PART = 4  # a stem this long also counts as the first or last part of a compound ("syskonbråken")
# How much one mention weighs: a Swedish compound is about its last part ("gympaskor" are shoes), and a
# weak word ("trött", "tired") only hints at a topic that another word may name better ("jullovet").
WHOLE, MODIFIER, WEAK = 1.0, 0.5, 0.5
EN_COMPOUND_ENDS = {"tim", "time", "room", "ov", "over", "dat", "date", "mat", "mate", "ground", "book", "day", "night", "side",
                    "work", "wear", "suit", "shop", "s"}
PEOPLE = {"sv": {"barn", "barnen", "barnet", "våra", "vårt", "föräldrar", "föräldrarna", "alla", "varje"},
          "en": {"children", "child", "kids", "their", "they", "them", "parents", "every", "everyone"}}
DEFINITE = ("arna", "erna", "orna", "na", "en", "et", "n")


@cache
def lexicon():
    """Return the topics of the problem→goal lexicon, in the file's order."""
    with GOALS_FILE.open("rb") as handle:
        return tomllib.load(handle)["topics"]


def _entries(language, key):
    for topic, entry in lexicon().items():
        for word in entry.get(key, {}).get(language, ()):
            yield topic, word


@cache
def _written(language):
    """Return the single words of the lexicon as written, compounds the dictionary lacks among them ("extrakläder")."""
    return frozenset(word.lstrip("=") for key in ("words", "weak") for _, word in _entries(language, key)
                     if len(words(word, language)) == 1)


@cache
def _stems(language, key):
    """Return each topic's single-word stems; phrases ("drop-off") and "=word" entries are read apart."""
    found = {topic: set() for topic in lexicon()}
    for topic, word in _entries(language, key):
        if len(words(word, language)) == 1 and not word.startswith("="):
            found[topic].add(stem(language, word))
    return {topic: frozenset(stems) for topic, stems in found.items()}


@cache
def _exact(language):
    """Return the words matched as written (plural -s allowed), each with its topics and weights: their stem
    is a common word ("allowance" → "allow", "jobb" in "jobbigt")."""
    found = {}
    for key, weight in (("words", WHOLE), ("weak", WEAK)):
        for topic, word in _entries(language, key):
            if word.startswith("="):
                found.setdefault(word[1:], {})[topic] = weight
    return found


@cache
def _phrases(language):
    """Return the lexicon's phrases as stem tuples with their topic and weight, longest first."""
    found = {}
    for key in ("words", "weak"):
        for topic, word in _entries(language, key):
            parts = tuple(stem(language, part) for part in words(word, language))
            if len(parts) > 1:  # "plocka undan" and "plockar undan" are one phrase, counted once
                found[parts, topic] = max(found.get((parts, topic), 0), WEAK if key == "weak" else WHOLE)
    found = [(parts, topic, weight) for (parts, topic), weight in found.items()]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def topic_stems(language):
    """Return each topic's word stems in a language."""
    return _stems(language, "words")


def problem_stems(language):
    """Return each topic's stems for the problem itself (mobbning, lögner, tjat)."""
    return _stems(language, "problems")


def _hit(token_stem, stems, language):
    """Return how a word names one of the stems: WHOLE, MODIFIER (first part of a compound) or 0."""
    if token_stem in stems:
        return WHOLE
    if language != "sv":
        # English writes few compounds as one word ("screentime", "sleepover", "playdate"); a bare prefix
        # would find "rest" in "restrict" and "test" in "testimony".
        return WHOLE if any(len(part) >= COMPOUND_PART and token_stem.startswith(part)
                            and token_stem[len(part):] in EN_COMPOUND_ENDS for part in stems) else 0
    # Swedish compounds and endings the stemmer leaves: "plattan", "syskonbråken", "magsjukan"; inside a
    # word only for long parts, so "elak" is not found in "delaktiga".
    long_parts = [part for part in stems if len(part) >= COMPOUND_PART]
    # A compound's first part has three letters or more: "behandla" does not end in "handla".
    if any(token_stem == part or (token_stem.endswith(part) and len(token_stem) - len(part) >= 3)
           for part in long_parts):
        return WHOLE
    if any(token_stem.startswith(part) or (len(part) >= 6 and part in token_stem) for part in long_parts):
        return MODIFIER
    return 0


def _hits(token_stem, stems, language):
    return bool(_hit(token_stem, stems, language))


@cache
def _tails(language):
    """Return each topic's words as written, long enough to end a Swedish compound ("gympaskor")."""
    found = {topic: set() for topic in lexicon()}
    for topic, word in _entries(language, "words"):
        if len(word) >= COMPOUND_PART and word.isalpha():
            found[topic].add(word)
    return found


def _ends_compound(token, tails):
    # The stemmer cuts a long compound's end differently from the short word: "gympaskor" → "gympask",
    # and leaves some definite forms whole: "middagsbordet".
    bare = {token} | {token[:-len(end)] for end in DEFINITE if token.endswith(end)}
    # A compound's first part has three letters or more: "betala" does not end in "tala".
    return any(form == tail != token or (form.endswith(tail) and len(form) - len(tail) >= 3)
               for form in bare for tail in tails)


def read_words(text, language):
    """Return the words of a text, a slip of the keys in a topic's word read as the word meant ("bulying")."""
    return [_as_meant(token, language) for token in words(text, language)]


@lru_cache(maxsize=8192)
def _as_meant(token, language):
    if _topics_of_word(token, language):
        return token
    # Only a slip that lands on one word with a topic: "bulying" may be "buying" too, which names none.
    on_topic = [word for word in meant(token, language, _written(language)) if _topics_of_word(word, language)]
    on_topic = undoubled(token, on_topic) or on_topic
    return on_topic[0] if len(on_topic) == 1 else token


@lru_cache(maxsize=8192)
def _topics_of_word(token, language):
    """Return (topic, weight) for one word: a compound's last part outweighs its first."""
    exact = _exact(language)
    written = exact.get(token) or (token.endswith("s") and exact.get(token[:-1]))
    if written:
        return tuple(written.items())
    stemmed = stem(language, token)
    found = {}  # topic → (how the word names it, how much the entry weighs)
    # A word the lexicon knows whole, also in a definite form the stemmer leaves ("svartsjukan"), is no compound
    # of another topic's word: "svartsjuk" is not "sjuk".
    forms = {stemmed} | {stem(language, token[:-len(end)]) for end in DEFINITE
                         if language == "sv" and token.endswith(end) and len(token) - len(end) > COMPOUND_PART + 1}
    # A mood still ends a compound the lexicon knows ("syskonbråk" is siblings and conflict).
    whole = any(forms & stems for key in ("words", "weak") for stems in _stems(language, key).values())
    for key, weight in (("words", WHOLE), ("weak", WEAK)):
        for topic, stems in _stems(language, key).items():
            how = (WHOLE if forms & stems else 0 if whole and not lexicon()[topic].get("general")
                   else _hit(stemmed, stems, language))
            if (key == "words" and language == "sv" and how < WHOLE and not whole
                    and _ends_compound(token, _tails(language)[topic])):
                how = WHOLE
            if how and how * weight > _weight(found.get(topic)):
                found[topic] = (how, weight)
    # A compound's first part yields to its last ("gympaskor"), but counts in full when nothing names the last
    # part ("praoveckan", "studietid").
    heads = any(how == WHOLE for how, _ in found.values())
    return tuple((topic, (how if heads else WHOLE) * weight) for topic, (how, weight) in found.items())


def _weight(found):
    return found[0] * found[1] if found else 0


def main_topic(text, language):
    """Return the topic a text is mainly about, or None when it only touches one in passing ("talk")."""
    weighed = _weighed(text, language)
    return weighed[0][0] if weighed and weighed[0][1] >= WHOLE else None


def topics_of(text, language):
    """Return the topics a text is about: concrete before general ones (stress, conflict), weightiest first."""
    return tuple(topic for topic, _ in _weighed(text, language))


@lru_cache(maxsize=2048)
def _weighed(text, language):
    """Return (topic, weight) pairs for a text, in the order of topics_of."""
    tokens = read_words(text, language)
    stems = [stem(language, token) for token in tokens]
    weights, first = {}, {}

    def count(topic, weight, place):
        weights[topic] = weights.get(topic, 0) + weight
        first.setdefault(topic, place)

    i = 0
    while i < len(tokens):
        # A phrase ("pick up after", "gå ut", "work experience") is read before its single words.
        matched = [(parts, topic, weight) for parts, topic, weight in _phrases(language)
                   if tuple(stems[i:i + len(parts)]) == parts]
        if not matched and language == "sv" and tokens[i + 1:i + 2] and tokens[i + 1] in INVERTED:
            # A question puts the subject inside a particle verb: "hittar han på", "plockar barnen undan".
            matched = [(parts, topic, weight) for parts, topic, weight in _phrases(language)
                       if len(parts) == 2 and (stems[i], *stems[i + 2:i + 3]) == parts]
            if matched:
                for _, topic, weight in matched:
                    count(topic, weight, i)
                i += 3
                continue
        if matched:
            longest = len(matched[0][0])
            # A verb and its particle with a thing as object ("pick up a book") is the verb, not the topic
            # ("pick up the kids"): the thing may name the topic.
            if not _thing_after(tokens, i + longest, language, text.lower()):
                for parts, topic, weight in matched:
                    if len(parts) == longest:
                        count(topic, weight, i)
            i += longest
            continue
        for topic, weight in _topics_of_word(tokens[i], language):
            count(topic, weight, i)
        i += 1
    order = {topic: n for n, topic in enumerate(lexicon())}
    # A concrete topic comes before a general one (stress, conflict), unless it is only hinted at and the
    # general one is named three times as much: "hallen" does not outrank the shouting and kicking in it.
    general = {topic for topic in weights if lexicon()[topic].get("general")}
    loudest = max((weights[topic] for topic in general), default=0)
    ranked = sorted(weights, key=lambda topic: (topic in general or WHOLE > weights[topic] <= loudest / 3,
                                                -weights[topic], first[topic], order[topic]))
    return tuple((topic, weights[topic]) for topic in ranked)


# … or a negation: "hjälper inte till", "plockar aldrig undan".
INVERTED = {"han", "hon", "hen", "de", "dom", "barnen", "vi", "ni", "du", "man", "ungarna", "eleverna", "inte", "aldrig"}
OBJECTS = {"sv": {"en", "ett", "någon", "något", "några"}, "en": {"a", "an", "some", "any", "another"}}
THE = {"the", "his", "her", "their", "my", "your", "our", "this", "that"}
PERSONS = {"kid", "son", "daughter", "baby", "toddler", "toddlers", "boys", "girls",
           "little", "youngest", "oldest", "eldest", "twins", "brother", "sister", "siblings", "family", "class"}
PARTICLES = {"up", "off", "out", "in", "upp", "av", "ut"}
OUT_OF = {"ur", "of"}


def _thing_after(tokens, i, language, lowered):
    # Only after a particle: "pick up a book", "pick up the toys", "lämna av en present"; not "pick up the kids",
    # nor the noun "pick-up a moment when …".
    if not 1 < i < len(tokens) or tokens[i - 1] not in PARTICLES or f"{tokens[i - 2]}-{tokens[i - 1]}" in lowered:
        return False
    if tokens[i] in OUT_OF:
        return True  # "komma ut ur rummet", "go out of the room": out of a place, not outdoors
    return (tokens[i] in OBJECTS[language] | THE and tokens[i + 1:i + 2] != []
            and tokens[i + 1] not in PERSONS | PEOPLE[language])


def about(text, language, topic):
    """Return whether a text mentions a topic."""
    return topic in topics_of(text, language)


def problem_nouns(text, language):
    """Return the words of a text that name a problem itself ("mobbningen", "lögnerna", "tjatet")."""
    every = frozenset().union(*problem_stems(language).values())
    return [token for token in words(text, language) if _hits(stem(language, token), every, language)]


def goals(topic, language, near=None):
    """Return the topic turned into goals: ready we-form questions written by hand, those that share most
    words with the question `near` first (so "godis i kassan" gets the goal about sweets)."""
    found = list(lexicon()[topic]["goals"][language])
    if near:
        wanted = _content_stems(near, language)
        found.sort(key=lambda goal: -_shared(wanted, _content_stems(goal, language)))  # stable: file order on ties
    return found


def _shared(wanted, offered):
    """Return how many of a question's stems a goal has, a compound's last part and a definite form the stemmer
    leaves counting ("extrakläder", "blöjan")."""
    return sum(any(mine == theirs or (len(theirs) >= COMPOUND_PART and (mine.endswith(theirs) or (
        mine.startswith(theirs) and mine[len(theirs):] in DEFINITE + ("an",)))) for theirs in offered)
               for mine in wanted)


# How a question is asked, not what it is about: "tillsammans" does not make a goal the closer one.
GENERIC = {"sv": {"tillsammans", "göra", "gör", "hela", "bara", "alltid", "ska", "kunna", "hjälpa"},
           "en": {"together", "make", "always", "just", "help", "every", "could", "would", "should"}}


@lru_cache(maxsize=4096)
def _content_stems(text, language):
    # Words that say what the question is about, not how it is asked or who it is about.
    return frozenset(stem(language, token) for token in words(text, language)
                     if len(token) >= COMPOUND_PART
                     and token not in FUNCTION_WORDS[language] | PEOPLE[language] | GENERIC[language])
