"""Family names ("familjen Gustafsson", "hemma hos Bergqvists") and signatures ("/ Ida, 5B", "mvh Ida")."""
import re
from functools import lru_cache

from .lexicon import english_words, foreign_words, given_names, is_word, looks_like_name, swedish_places, world_names
from .inflected import inflected_family_name
from .signoffs import home_signature
from .wordforms import compound, definite_of_word

# Words after which a family name follows, in the families' languages and scripts too (Arabic عائلة and آل,
# Persian خانواده, Tigrinya ስድራ, Russian семья, Ukrainian сім'я, Spanish familia, Somali qoyska).
FAMILY = re.compile(r"\b(?:familjen|familj|fam\.?|hos|herr|fru|hr|mrs?|ms|family|rodzina|perhe|aile|obitelj|familia"
                    r"|qoyska|reer|عائلة|عائله|العائلة|آل|خانواده|خانواده‌ی|ስድራ|ስድራቤት|семья|сім['’]я)\s+"
                    r"([^\W\d_][\w'’:-]+)")  # read in the case-folded text: a case-blind pattern is twice as slow
# "Tesfaye-familjen", "the Smiths' place", "родина Шевченків".
FAMILY_AFTER = re.compile(r"\b[A-ZÅÄÖ][\w]+-familjen\b|\bthe [A-Z][a-z]+s'|\bродин[аиуі]\s+[А-ЯІЇЄ]\w+")
# Turkish puts "family" after the name: "Yılmaz ailesi", "Demirlerin ailesine".
TURKISH_FAMILY = re.compile(r"\b[A-ZÇĞİÖŞÜ][\w']+\s+ailes(?:i|inin|ine|iyle|inden)\b")
# Endings of family names in Sweden and the families' countries of origin.
ENDINGS = re.compile(
    r"(sson|sén|ssons|berg|bergs|qvist|kvist|quist|ström|lund|gren|holm|dahl|blom|lind|stedt|stad|feldt|fors"
    r"|mark|borg|rén|ell|lius|ander|ović|ovic|ević|evic|ić|ski|ska|wicz|czyk|enko|chuk|yuk|oğlu|oglu|nen|zadeh"
    r"|pour|yan|ian|ides)s?$", re.IGNORECASE)
SWEDISH_SURNAME = re.compile(r"..(?:sson|ssons|qvist|qvists|kvist|kvists|ström|ströms)$")
SSON_NAME = re.compile(r"[a-zåäö]{4,}sson$")
SWEDISH_ENDINGS = ("sson", "ssons", "qvist", "qvists", "kvist", "kvists", "ström", "ströms")
SIGNATURE = re.compile(
    r"(?:^|\n|[.!?]\s*|\s(?=//)|,\s*(?=(?:mvh|kram|hälsningar|thanks|regards)\b))(?:/+|—|–|-{1,2}|mvh\.?|hälsningar|hälsning|vänliga hälsningar|hälsar|kram|regards|thanks)"
    r"\s*,?\s*((?-i:[A-ZÅÄÖА-ЯІЇЄҐ])\.\s*)?([^\W\d_][\w-]*)(?:\s*[,(]\s*\w+|\s*\)\s*)?[\s.!)]*$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _is_family_name(word, after_marker):
    """Return whether a word is a family name: not a Swedish word, and either after "familjen" or by its ending."""
    lower = word.casefold()
    if is_word(lower) or len(word) < 3:
        return False
    if SWEDISH_SURNAME.search(lower):  # Andersson, johanssons: unmistakable in any case or place
        return not _word_and_surname(lower)
    if after_marker:
        return True
    return word[0].isupper() and ENDINGS.search(lower) is not None and lower not in swedish_places()  # not Göteborg


def _word_and_surname(lower):
    """Return whether a word is a Swedish word joined to a whole -sson family name, a noun for a kind of person
    ("medelsvensson" the average Swede, "superjohansson"), not the family name itself (Karlsson, Gustavsson)."""
    return any(is_word(lower[:cut]) and SSON_NAME.match(lower, cut) and (lower[cut:-4] in given_names()
                                                                         or lower[cut:-3] in given_names())
               for cut in range(4, len(lower) - 6))  # the family name a given name's: Sven-sson, not "Fred-riksson"


def _english_compound(match):
    """Return whether "family" starts an English compound ("family link", "family day"), not a family's name."""
    return match.group().casefold().startswith("family") and match.group(1).casefold() in english_words()


def has_surname(text, words):
    """Return whether the text names a family or is signed with a name."""
    if any(_is_family_name(m.group(1), True) and not _english_compound(m) for m in FAMILY.finditer(text.casefold())):
        return True
    if any(_named_family(m.group(1)) for m in NAMED_FAMILY.finditer(text)):
        return True
    if any(_english_family(m.group(1)) for m in THE_FAMILY.finditer(text)):
        return True
    cyrillic = CYRILLIC.search(text) is not None
    if any("-" in w.lower and _family_group(w) or w.capitalised and w.lower.endswith(FINNISH_CASES) and _finnish_family(w)
           for w in words):  # the quick tests first: most words have no hyphen and no such ending
        return True
    # a lower-case word is a family name by a Swedish ending only (the quick test spares most words the look-up)
    return any((w.text[0].isupper() or w.lower.endswith(SWEDISH_ENDINGS)) and _is_family_name(w.text, False)
               and (not w.opens_sentence or SWEDISH_SURNAME.search(w.lower) or _genitive_before_noun(w, words[i + 1:i + 2]))
               or cyrillic and _cyrillic_family_name(w) for i, w in enumerate(words)) \
        or FAMILY_AFTER.search(text) is not None or "ailes" in text and TURKISH_FAMILY.search(text) is not None \
        or inflected_family_name(text, words) or _full_name(words) or _cued_lower_family(words)


# Who is named by the family name alone: "hon holmberg i 4a", "lärarn westerberg", "fröken lindqvist".
FAMILY_CUES = frozenset(["han", "hon", "hen", "lärarn", "läraren", "fröken", "rektorn", "rektor", "mentorn", "tränaren"])


def _cued_lower_family(words):
    """Return whether a lower-case word with a family name's ending, no word, place or given name, follows a word that
    names a person by the family name ("hon holmberg i 4a"); a compound or a town's name may be one (Holm-berg).
    """
    return any(first.lower in FAMILY_CUES and not last.capitalised and ENDINGS.search(last.lower) is not None
               and len(last.lower) > 4 and not is_word(last.lower) and last.lower not in english_words()
               and last.lower not in given_names() for first, last in zip(words, words[1:]))


def _full_name(words):
    """Return whether a capitalised given name stands right before a capitalised word inside the sentence that is no
    word or has a family name's ending ("Lisa Fors på avdelningen", "med Saga Lindberg"): a person's whole name."""
    for first, last in zip(words, words[1:]):
        if not last.capitalised or last.opens_sentence or not first.capitalised or last.start != first.end + 1:
            continue  # most pairs: a small letter or a sentence's start
        lower = last.lower
        if first.lower in given_names() and len(lower) > 2 and lower not in given_names() \
                and (ENDINGS.search(lower) is not None or not is_word(lower) and lower not in english_words()
                     and lower not in world_names() and lower not in swedish_places() and not compound(lower)
                     and not definite_of_word(lower)):
            return True
    return False


# Children or a family named by the family name before a hyphen: "Jovanović-pojkarna", "Lindqvist-tvillingarna".
GROUPS = frozenset(["familjen", "pojkarna", "killarna", "grabbarna", "tjejerna", "flickorna", "barnen", "ungarna",
                    "syskonen", "tvillingarna", "bröderna", "systrarna", "föräldrarna", "kidsen"])
# Finnish -nen family names in the plural and its cases: Virtaset (the Virtanens), Korhosille, Lehtosten; the -iset
# plurals (Nieminen, Mäkiset) are left out, since adjectives make theirs so (suomalaiset, viimeiset).
FINNISH_PLURAL = re.compile(r".{2,}[^aeiouyäö][aouyäö]s(?:et|ten|ille|illa|illä|ilta|iltä|ista|istä|ien)$")
FINNISH_CASES = ("et", "ten", "ille", "illa", "illä", "ilta", "iltä", "ista", "istä", "ien")


def _family_group(word):
    """Return whether a hyphenated word is a family name and a group of its people ("Jovanović-pojkarna")."""
    if "-" not in word.lower:
        return False
    first, last = word.lower.rsplit("-", 1)
    if last not in GROUPS or not word.capitalised:
        return False
    # by its ending ("Jovanović-"), or one no list knows as a word, a place or a given name, spelt like a name
    # ("Nguyen-tjejerna"; not "Ekorre-barnen", "Lucia-tjejerna")
    return _is_family_name(word.text.rsplit("-", 1)[0], False) or len(first) > 2 and not is_word(first) \
        and first not in english_words() and first not in swedish_places() and first not in given_names() \
        and looks_like_name(first)


def _finnish_family(word):
    """Return whether a capitalised word is a Finnish -nen family name in the plural ("Virtaset järjestää"), not a
    Swedish compound in the definite form ("Kulturhuset")."""
    lower = word.lower
    return word.capitalised and FINNISH_PLURAL.match(lower) is not None and not is_word(lower) \
        and not compound(lower) and lower not in english_words() and not any(lower in common for common in foreign_words()[1].values())


# Ukrainian and Russian family names by their endings, in any case and the plural ("Коваленків" the Kovalenkos',
# "Ткачука", "Мельничуки", "Ковальська"); adjectives in -ський open sentences ("Українська мова"), names may not.
CYRILLIC_SURNAME = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]{2,}(?:енк(?:о|а|у|ові|ом|и|ів|ам|ами|ах)"
                              r"|[чщ]ук(?:а|у|ові|ом|и|ів|ам|ами|ах)?|юк(?:а|у|ові|ом|и|ів|ам)?)")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_ADJECTIVE_SURNAME = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]{2,}(?:[сц]ьк(?:ий|а|ого|ої|ому|ій|им|их)|ович|евич)")


def _cyrillic_family_name(word):
    """Return whether a capitalised Cyrillic word has the ending of a family name (-енко, -чук, -ський …)."""
    if not "\u0400" <= word.text[0] <= "\u04ff":
        return False
    return CYRILLIC_SURNAME.fullmatch(word.text) is not None \
        or not word.opens_sentence and CYRILLIC_ADJECTIVE_SURNAME.fullmatch(word.text) is not None


# "the Hendersons let kids play": an English family by its name in the plural.
THE_FAMILY = re.compile(r"\b[Tt]he ([A-Za-z][a-z]{2,})s\b")  # "the hendersons" in lower case too

# "regards the Whitfield family", "thanks, Okafor family": an English family by its name before "family".
NAMED_FAMILY = re.compile(r"\b(?:the|regards|thanks|cheers|love|from|wishes),?\s+([^\W\d_][\w'’-]+)\s+family\b",
                          re.IGNORECASE)


def _named_family(name):
    """Return whether the word before "family" is a name, not a word or a place ("the whole family", "the Swedish
    family", "the Syria family")."""
    lower = name.casefold()
    return len(lower) > 2 and lower not in english_words() and not is_word(lower) and lower not in world_names() \
        and lower not in swedish_places() and not any(lower in common for common in foreign_words()[1].values())


def _english_family(stem):
    """Return whether a capitalised stem before a plural s is no word or place ("Henderson"; not "Beatle", the
    Netherlands, the Philippines): a family's name, most often one of the -son, -er, -man or -ez kind."""
    lower = stem.casefold()
    if lower in english_words() or is_word(lower) or lower + "s" in world_names():
        return False
    if ENDINGS.search(lower) is not None:
        return True  # "the Lindbergs", "the Nyströms": a Swedish family in English, its name often a town's too
    return lower not in swedish_places() and lower + "s" not in swedish_places() \
        and lower.endswith(("son", "sen", "er", "man", "ez", "ton", "ley", "ford", "ham", "ov", "ev", "ski", "ic"))


def _genitive_before_noun(word, following):
    """Return whether a word that opens a sentence is a genitive before a lower-case noun ("Sjöbergs kille")."""
    return word.lower.endswith("s") and not word.lower.endswith("ss") and bool(following) \
        and not following[0].capitalised and (is_word(following[0].lower) or following[0].lower in english_words())


# Whom a message greets after a sign-off, in lower case: no one's name ("kram alla", "mvh er", "thanks all").
GREETED = frozenset(["alla", "allihop", "allihopa", "er", "oss", "dig", "er alla", "all", "everyone", "you", "gänget",
                     "gruppen", "personalen", "familjen", "mamma", "pappa", "mormor", "farmor"])
# Words that close a message without naming anyone ("– Tack!", "/ Kram").
SIGN_OFFS = frozenset(["tack", "hej", "kram", "kramar", "hälsningar", "thanks", "cheers", "bye", "love"])


# A parent signing with who they are to a child: "//mamman till tvillingarna i 4B", "/ pappa till Ida", "– Leos mamma",
# also as a compound with a class: "/klassmamma i 2A", "– bonuspappan i 3C".
ROLE_SIGNATURE = re.compile(
    r"(?:^|\n|[.!?]\s*|\s(?=//)|,\s*(?=(?:mvh|kram|hälsningar|thanks|regards)\b))(?:/+|—|–|-{1,2}|mvh\.?|hälsningar|hälsning|vänliga hälsningar|kram|regards|thanks)\s*,?\s*"
    r"(?:\w+s\s+)?(?:[^\W\d_]*(?:mamma|mamman|pappa|pappan|förälder|föräldern)|mum|mom|dad|mother|father|parent|mama"
    r"|tata|baba|annesi|babası|hooyada|aabaha|äiti|isä)\b(?:\s+(?:till|åt|of|to|för)\b(?!\s+(?:två|tre|fyra|fem|sex|two|three|four|\d))|[^.!?\n]*\b\d[a-zA-Z]\b)"
    r"[^.!?\n]{0,60}$", re.IGNORECASE)


# A given name alone as the last sentence, with a class perhaps: "Tusen tack! Lina, 3C", "Ses där. Omar".
BARE_SIGNATURE = re.compile(r"(?:[.!?]\s+|\n\s*)([A-ZÅÄÖ][^\W\d_]+)(?:\s*,\s*\d[A-Za-z]|\s*\(\s*\w+\s*\))?[\s.!]*$")


def has_signature(text):
    """Return whether the text ends with a signature, a name after "/", "mvh" or "hälsningar", or a parent's role."""
    if ROLE_SIGNATURE.search(text.strip()) is not None or home_signature(text):
        return True
    bare = BARE_SIGNATURE.search(text.strip())
    if bare is not None and bare.group(1).casefold() in given_names() and bare.group(1).casefold() not in SIGN_OFFS \
            and (not is_word(bare.group(1).casefold()) or "," in bare.group()):  # "Lina, 3C": a class tells it
        return True
    match = SIGNATURE.search(text.strip())
    if match is None:
        return False
    name = match.group(2)
    lower = name.casefold()
    if lower in SIGN_OFFS:
        return False
    if match.group(1) and name[0].isupper():
        return True  # "/J. Holmgren", "mvh A. Lind": an initial and a family name, whatever word it is
    if lower not in given_names() and len(lower) >= 8 and lower.endswith(("na", "en", "et")) \
            and (compound(lower) or definite_of_word(lower)):
        return False  # "Mvh Föräldraföreningen", "/Mentorerna": a group signs, not a person
    # "– Tom, 3A", "mvh Klara"; in lower case too a listed name signs ("kram lotta", "//linda"), not "mvh alla"
    return not is_word(lower) and lower not in english_words() \
        or lower in given_names() and (name[0].isupper() or lower not in GREETED)
