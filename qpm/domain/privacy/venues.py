"""Places named after people: a name before the noun of a business ("Leos lekland", "Tonys pizzeria", "Gretas
café") and a name one ate at ("vi åt på Max", "äta på Bastard"): a restaurant or a play centre, not a child."""

# The nouns of businesses a family goes to, after the name they are named by (also in the definite form).
BUSINESSES = frozenset(["lekland", "leklandet", "pizzeria", "pizzerian", "café", "caféet", "cafe", "kafé", "kaféet",
                        "restaurang", "restaurangen", "grill", "grillen", "bageri", "bageriet", "kiosk", "kiosken",
                        "bar", "baren", "pub", "puben", "konditori", "konditoriet", "salong", "frisör", "sushi",
                        "burgers", "diner", "pizza", "kebab", "gatukök", "gatuköket", "livs", "restaurant", "cafe",
                        "playland", "bistro", "bistron", "trattoria", "taverna", "lekhall", "lekhallen"])
# Eating at a place: "vi åt på Max", "ska vi äta på …", "käkade på".
EAT = frozenset(["åt", "äta", "äter", "ätit", "käkade", "käka", "käkar", "lunchade", "fikade", "fika"])
AT = frozenset(["på", "hos"])


def venue_indexes(words):
    """Return the indexes of capitalised names that name a business or a place one ate at."""
    taken = set()
    for index in range(1, len(words)):
        word = words[index]
        if not word.capitalised or word.opens_sentence:
            continue  # most words: lower case, or opening a sentence, where they are no place
        if index + 1 < len(words) and words[index + 1].lower in BUSINESSES and not words[index + 1].opens_sentence:
            taken.add(index)  # "Leos lekland", "Tonys pizzeria"
        elif index >= 2 and words[index - 1].lower in AT and words[index - 2].lower in EAT:
            taken.add(index)  # "vi åt på Max efter fotbollen"
    return taken
