"""Public figures children talk about (data/public_figures.txt): "pratar om Zlatan sen fotbollsveckan", "Messi är
bäst", "lyssnar på Zara Larsson" are no child in the room. A full name or a family name is the figure anywhere; a lone
given name (Zlatan, Mondo) only inside a sentence of a text that speaks of sport, music or the screen, since a child
may bear it ("Zlatan spelar fotboll på rasten", "min son Zlatan" is a child)."""
from functools import lru_cache

from .lexicon import _lines, given_names
from .names import PERSON_WORDS

# Words of sport, music and the screen; a word beginning with the first ones counts too ("fotbollsveckan").
FIELD_STEMS = ("fotboll", "hockey", "landslag", "konsert", "melodifestival", "football", "soccer", "eurovision")
FIELD_WORDS = frozenset(["låt", "låten", "låtar", "låtarna", "sång", "sången", "match", "matchen", "matcher", "mål",
                         "musik", "musiken", "artist", "artisten", "mello", "vm", "em", "os", "idol", "idolen",
                         "kändis", "kändisen", "stjärna", "stjärnan", "proffs", "song", "songs", "concert", "goal",
                         "singer", "player", "famous", "celebrity", "youtube", "tiktok", "spotify"])


@lru_cache(maxsize=1)
def _figures():
    """Return the figures as word tuples by first word, longest first, and the lone given names among them."""
    by_first, lone = {}, set()
    for phrase in sorted({tuple(line.casefold().split()) for line in _lines("public_figures.txt")}, key=len,
                         reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
        if len(phrase) == 1 and phrase[0] in given_names():
            lone.add(phrase[0])
    return by_first, frozenset(lone)


def _field(words):
    """Return whether a text speaks of sport, music or the screen."""
    return any(w.lower in FIELD_WORDS or w.lower.startswith(FIELD_STEMS) for w in words)


def public_figure_indexes(words):
    """Return the indexes of the words that name a public figure."""
    by_first, lone = _figures()
    taken, field = set(), None
    for start, first in enumerate(words):
        lower = first.lower.removesuffix(":s")
        candidates = by_first.get(lower) or (by_first.get(lower[:-1], ()) if lower.endswith("s") else ())
        for phrase in candidates:
            end = start + len(phrase)
            if end > len(words) or any(words[start + i].lower.removesuffix(":s").rstrip("s") != part.rstrip("s")
                                       for i, part in enumerate(phrase)):
                continue
            if len(phrase) == 1 and phrase[0] in lone:
                field = _field(words) if field is None else field
                if first.opens_sentence or not field or start and words[start - 1].lower in PERSON_WORDS:
                    break  # "Zlatan spelar fotboll på rasten", "min son heter Zlatan": a child of that name
            taken.update(range(start, end))
            break
    return taken
