"""Flowers that are given names too (Róża, Rosa, Lilja, Viola, Iris): with a verb of blooming or wilting in their
sentence they are the plant ("Róża w ogródku zakwitła", "rosorna blommar"), not a child."""

# Given names that are the word for a flower in one of the families' languages.
FLOWERS = frozenset(["róża", "rosa", "ros", "rose", "lilja", "lilia", "lily", "lilie", "viola", "violet", "violetta",
                     "iris", "jasmin", "jasmine", "yasemin", "daisy", "gül", "lale", "nergis", "margarita", "azucena",
                     "jazmín", "jaśmin", "stokrotka", "ruža", "ljiljana", "ljubičica", "троянда", "лілія", "роза",
                     "ruusu", "lilja", "orkidea", "tulipan", "camelia", "kamelia", "magnolia", "dalia", "hortensia",
                     "narcis", "narcisa", "flora", "blossom", "heather"])
# Blooming, budding and wilting in the families' languages: only a plant does it (a child "blommar ut", flourishes:
# a particle after the verb, or the supine "har blommat", said of a child too, is not listed).
BLOOMS = frozenset(["blommar", "blommade", "vissnar", "vissnade", "bloomed", "blooms", "blooming", "wilted",
                    "wilting", "zakwitła", "zakwitły", "kwitnie", "kwitną", "zwiędła", "florece", "florecen",
                    "floreció", "florecieron", "marchitó", "cvjeta", "cvjetaju", "procvjetala", "procvjetale",
                    "procvjetao", "uvenula", "цвіте", "цвітуть", "розквітла", "розквітли", "зів'яла", "açtı",
                    "açıyor", "soldu", "kukkii", "kukki", "kukkivat", "lakastui"])
# How far a flower's verb may stand from it in its sentence.
REACH = 5
# The particles that make blooming flourishing, said of a child: "Viola blommar ut", "Iris blossomed out".
PARTICLES = frozenset(["ut", "upp", "out"])


def plant_indexes(words):
    """Return the indexes of flower names with blooming or wilting in their sentence."""
    verbs = [i for i, w in enumerate(words) if w.lower in BLOOMS
             and (i + 1 == len(words) or words[i + 1].lower not in PARTICLES)]
    if not verbs:
        return set()  # most texts: nothing blooms
    taken = set()
    for at in verbs:
        start = at
        while start > 0 and at - start < REACH and not words[start].opens_sentence:
            start -= 1
        end = at + 1
        while end < len(words) and end - at <= REACH and not words[end].opens_sentence:
            end += 1
        taken.update(i for i in range(start, end) if words[i].lower in FLOWERS)
    return taken
