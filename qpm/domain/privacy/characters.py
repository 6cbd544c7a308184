"""Well-known characters, authors and titles (Pippi, Alfons Åberg, Harry Potter): not people in the room."""
from .lexicon import (
    arabic_key,
    arabic_names,
    everyday_words,
    given_names,
    is_word,
    known_characters,
    unmistakable_characters,
)

# Words that say a text is about a story: with them "Ronja" is the book's Ronja, not a child in the group.
# (Nouns only: in "Ronja läser redan" Ronja is the child who reads; the verbs count before the name.)
STORY_WORDS = frozenset(["bok", "boken", "böcker", "böckerna", "film", "filmen", "filmer", "filmerna", "serie",
                         "serien", "sagan", "sagor", "tv", "book", "books", "movie", "movies", "cartoon", "show",
                         "kitap", "film'i", "kirja", "elokuva", "książka", "bajka", "bajki", "crtić", "knjiga",
                         "книга", "мультик", "фільм", "فیلم", "کتاب", "کارتون", "انیمیشن", "داستان", "فيلم", "كتاب",
                         "كرتون", "قصة", "ፊልም",
                         # comics and comic strips ("obsesionada con Mafalda, lee los cómics")
                         "serietidning", "serietidningar", "serier", "comic", "comics", "cómic", "cómics", "tebeo",
                         "tebeos", "historieta", "historietas", "komiks", "komiksy", "komiksów", "strip", "stripovi",
                         "stripove", "sarjakuva", "sarjakuvat", "комікс", "комікси", "коміксів", "çizgi",
                         # jokes, whose figures are nobody in the room ("Mujo i Haso vicevi", "Jasio w dowcipach")
                         "vic", "vicevi", "viceve", "vicevima", "skämt", "skämten", "vitsar", "vitsarna", "joke", "jokes",
                         "chiste", "chistes", "dowcip", "dowcipy", "dowcipach", "kawał", "kawały", "fıkra", "fıkraları",
                         "fıkralar", "анекдот", "анекдоти", "vitsi", "vitsit"])

# Verbs that give a child's name: "hon heter Ronja", "se llama Mafalda", a story told beside it or not.
NAMING = frozenset(["heter", "kallas", "called", "named", "llama", "nazywa", "zove", "звати", "звуть", "adı", "nimi"])

# Verbs whose object is a story: "vi läser Ronja", "han tittar på Bamse", "she watches Bluey".
STORY_VERBS = frozenset(["läser", "läste", "läsa", "tittar", "tittade", "titta", "ser", "såg", "reads", "read",
                         "watches", "watched", "watch", "izliyor", "ogląda"])

# What may stand between such a verb and the story's name.
BETWEEN = frozenset(["på", "on", "bara", "alltid", "mest", "helst", "gärna", "ofta", "om", "only", "always", "just"])


def _told(words, start):
    """Return whether the word at start is the object of a story verb ("läser Ronja", "tittar bara på Bamse")."""
    before = start - 1
    while before > 0 and start - before <= 3 and words[before].lower in BETWEEN:
        before -= 1
    return before >= 0 and words[before].lower in STORY_VERBS


def _matches(word, wanted):
    """Return whether a word is the wanted lower-case word, also in the genitive or a compound ("Potter-böckerna")."""
    lower = word.lower.split("-")[0] if "-" in word.lower and not wanted.count("-") else word.lower
    if "'" in lower and "'" not in wanted:  # Turkish case endings: "Tayfa'dan", "Pepee'yi"
        lower = lower.split("'")[0]
    return lower == wanted or lower in (wanted + "s", wanted + ":s")


def _needs_a_story(phrase):
    """Return whether a known entry is a lone given name (Ronja, Emil), a character only where a story is told."""
    return len(phrase) == 1 and (phrase[0] in given_names() or arabic_key(phrase[0]) in arabic_names()) \
        and phrase[0] not in everyday_words() \
        and phrase[0] not in unmistakable_characters()


def known_character_indexes(words):
    """Return the indexes of the words that belong to a well-known character, author or title."""
    taken, lone, story = set(), [], False
    get = known_characters().get
    for start, first in enumerate(words):
        stem = first.lower.removesuffix(":s")
        candidates = get(stem, ())
        # the forms with an ending, only where there is one (most words have none): "Bamses", "Pokémon-kort", "Allah'a"
        if stem.endswith("s"):
            candidates = (*candidates, *get(stem[:-1], ()))
        if "-" in stem:
            candidates = (*candidates, *get(stem.split("-")[0], ()))
        if "'" in stem:
            candidates = (*candidates, *get(stem.split("'")[0], ()))
        for phrase in candidates:
            end = start + len(phrase)
            if end <= len(words) and all(_matches(words[start + i], part) for i, part in enumerate(phrase)):
                if _needs_a_story(phrase) and not _told(words, start):
                    lone.append(start)
                else:
                    taken.update(range(start, end))
                    story = story or phrase[0] not in everyday_words()
                break
        else:
            if candidates and _title_elsewhere(words, candidates):
                taken.add(start)  # "frost-musiken …, elsa överallt": Elsa of Frost, its title in the text
    # "Ronja vill ta med sin hund" is a child; "Ronja vill bli Mattis när vi läser boken" the book's Ronja.
    if lone and (story or any(w.lower in STORY_WORDS for w in words)):
        taken.update(i for i in lone if not i or words[i - 1].lower not in NAMING)  # "heter Ronja" is a child
    return taken | _read(words) | _titled(words) | _story_of(words)


# What joins a character to its work in an entry: "Elsa från Frost", "Elsa from Frozen".
OF_WORK = frozenset(["från", "i", "from", "in", "ur", "of"])


def _title_elsewhere(words, phrases):
    """Return whether a character's work, named after "från"/"from" in its entry, stands elsewhere in the text
    (also as the head of a compound, "Frost-filmen"): the lone name is then the character's. A title that is a word
    counts only capitalised inside a sentence or in a compound: "frost i morse och Elsa frös" is weather."""
    titles = {phrase[-1] for phrase in phrases if len(phrase) == 3 and phrase[1] in OF_WORK}
    return bool(titles) and any(
        w.lower.split("-")[0] in titles and ("-" in w.lower or not is_word(w.lower) or w.capitalised and not w.opens_sentence)
        for w in words)


# Reading and watching in the families' languages, whose object is a book, a film or a series by its title.
READS = frozenset(["läser", "läste", "reads", "read", "watch", "watches", "watched", "leemos", "lee", "leen", "vemos",
                   "czytamy", "czyta", "czytam", "oglądamy", "luemme", "lukee", "luen", "katsomme", "čitamo", "čita",
                   "gledamo", "okuyoruz", "okuyor", "izliyoruz"])
ARTICLES = frozenset(["en", "ett", "a", "an"])
PRONOUNS = frozenset(["vi", "jag", "hon", "han", "de", "dom", "we", "i", "she", "he", "they"])


def _read(words):
    """Return the indexes of a title read or watched: "vi läser Rasmus Klump", "leemos Don Quijote", "czytamy
    Muminki", and put first: "Rasmus Klump läser vi" (a person read to takes "för": "läser för Omar")."""
    taken = set()
    for index, word in enumerate(words):
        if word.lower not in READS:
            continue
        title = index + 1 + (index + 1 < len(words) and words[index + 1].lower in ("på", "on"))
        first = title
        while title < len(words) and words[title].capitalised and title - index <= 3:
            title += 1
        if title == len(words) or words[title].lower not in ARTICLES:  # "läser Lisa en saga": Lisa is read to
            taken.update(range(first, title))
        if index + 1 < len(words) and words[index + 1].lower in PRONOUNS:
            start = index
            while start > 0 and words[start - 1].capitalised and index - start < 3:
                start -= 1
            if start < index and words[start].opens_sentence:
                taken.update(range(start, index))
    return taken


# "Mafalda är min favoritserie", "my favourite book is Matilda": a name said to be a book, a series, a film or a
# game is its title or character; the nouns also end compounds ("favoritserien", "tv-serie", "seriefigur").
TITLE_NOUNS = ("serie", "serien", "bok", "boken", "film", "filmen", "spel", "spelet", "figur", "figuren", "karaktär",
               "karaktären", "book", "series", "show", "movie", "cartoon", "comic", "game", "character")
IS_WORDS = frozenset(["är", "var", "is", "was"])
DETERMINERS = frozenset(["min", "mitt", "hans", "hennes", "vår", "deras", "en", "ett", "my", "his", "her", "our",
                         "their", "a", "the", "favourite", "favorite"])


def _titled(words):
    """Return the indexes of capitalised words said to be a title ("Mafalda är min favoritserie") or named as one
    ("favoritboken är Matilda")."""
    taken = set()
    for index in range(len(words) - 2):
        if words[index + 1].lower not in IS_WORDS:
            continue  # most words: no "is" after them
        rest = [w.lower for w in words[index + 2:index + 5] if w.lower not in DETERMINERS][:1]
        if words[index].capitalised and rest and rest[0].endswith(TITLE_NOUNS):
            taken.add(index)
        if index + 2 < len(words) and words[index + 2].capitalised and words[index].lower.endswith(TITLE_NOUNS):
            taken.add(index + 2)
    return taken


# Stories named by whom they are of: Arabic and Persian put the name right after the noun ("قصص بيبي" Pippi's
# stories, "فیلم السا"); Swedish and English after "om", "about", "of" ("boken om Alfons", "the story of Moana").
# (A single "story" may be what befell a child, "قصة علي", "the story of Ali": books, films and stories only.)
STORY_NOUNS_RTL = frozenset(["قصص", "حكايات", "كتاب", "كتب", "فيلم", "أفلام", "مسلسل", "كرتون", "داستانهای",
                             "داستان‌های", "کتاب", "فیلم", "کارتون", "انیمیشن"])
STORY_NOUNS = frozenset(["boken", "böckerna", "sagan", "sagorna", "filmen", "filmerna", "serien", "book", "books",
                         "stories", "film", "movie", "cartoon", "show"])
ABOUT = frozenset(["om", "about", "of"])


def _story_of(words):
    """Return the indexes of the name a story is named by: right after the noun in Arabic and Persian script, after
    "om"/"about" and capitalised in Swedish and English."""
    taken = set()
    for index, word in enumerate(words[:-1]):
        if word.lower in STORY_NOUNS_RTL:
            taken.add(index + 1)
        elif word.lower in STORY_NOUNS and index + 2 < len(words) and words[index + 1].lower in ABOUT \
                and words[index + 2].capitalised:
            taken.add(index + 2)
    return taken
