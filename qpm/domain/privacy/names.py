"""Given names, nicknames and genitives, in any case, and names written in other scripts."""
import re
import unicodedata
from functools import lru_cache

from .handles import SERVICES
from .lexicon import (
    BRAND_SHAPE_THRESHOLD,
    english_words,
    given_names,
    is_word,
    looks_like_name,
    swedish_places,
    swedish_words,
    world_names,
)
from .arabic import arabic_name, arabic_pair
from .foreign import foreign_pet_form, home_phrase, named_before_a_person, pet_pair, word_of_its_language
from .feasts import FEAST_DAYS, feast_day
from .genitives import unlisted_genitive
from .lowercase import english_phrase, has_cues, lowercase_name, opening_pet_form, subject_place, word_order_name
from .languages import FOREIGN_FOLLOWERS, GOD_NAMES, SOMALI_ARTICLES, SOMALI_FOLLOWERS, SOMALI_WORDS, foreign_verb
from .subjects import CALENDAR, ENGLISH_STATES, ENGLISH_VERBS, FINNISH_RELATIVES, NAME_FOLLOWERS, PLACE_WORDS, PRONOUNS, \
    DETERMINERS, acts_as_person, past_place
from .nicknames import FOREIGN_NICKNAME_ENDINGS, is_nickname
from .transliterated import transliterated_name
from .wordforms import compound, definite_of_word, typo_of_word, verb

# Verbs only a person does, after a name that is also a word: "sol vill bara ha klänning", "klara har så svårt",
# "Grace cried" (not "Liv är", "Dag blir").
ANIMATE = frozenset(["vill", "ville", "gillar", "tycker", "tyckte", "har", "hade", "behöver", "brukar", "säger",
                     "sa", "leker", "lekte", "gråter", "grät", "älskar", "hatar", "vägrar", "pratar", "berättar",
                     "somnar", "sover", "äter", "mår", "bråkar", "retas", "saknar", "cried", "cries", "said", "says",
                     "wants", "wanted", "loves", "loved", "hates", "likes", "liked", "refuses", "refused", "plays",
                     "played", "told", "asked", "needs", "needed"])
# Words that are subjects before a person's verb without being names ("han vägrar", "Alla vill", "He said").
SUBJECTS = PRONOUNS | {"den", "det", "alla", "ingen", "någon", "nån", "vem", "vilka", "båda", "var", "flera",
                       "he", "she", "it", "they", "we", "you", "who", "everyone", "nobody", "somebody", "mine",
                       # Swedish function words and adverbs that open sentences ("Sen vill barnen", "Mat har")
                       "sen", "sedan", "men", "nu", "då", "här", "där", "som", "om", "till", "min", "din", "sin",
                       "mina", "dina", "sina", "bara", "lite", "hemma", "ute", "inne", "varje", "hela", "andra",
                       "också", "även", "ju", "just", "så", "inte", "mat", "tid", "ingen", "inga", "många", "mycket",
                       "ibland", "alltid", "aldrig", "idag", "ikväll", "igår", "imorgon", "skolan", "vad", "hur"}
# A word no dictionary knows, before "och"/"and" or a verb, is a name: "Danne och jag", "Hiwot är blyg".
UNKNOWN_FOLLOWERS = NAME_FOLLOWERS | {"och", "o", "and", "&"}  # "o": "och" as phones type it
# After a genitive the family or friends follow: "lisas mamma", "Ebbas kompis".
RELATIVES = frozenset(["mamma", "pappa", "mor", "far", "mamman", "pappan", "bror", "syster", "brorsa", "syrra",
                       "kompis", "kompisar", "vän", "vänner", "föräldrar", "familj", "mormor", "farmor", "morfar",
                       "farfar", "barn", "son", "dotter", "mum", "dad", "mom"])
# A child's family, one person: a country or a town has none ("Kubas mamma"; not "Sveriges föräldrar").
KIN = frozenset(["mamma", "pappa", "mamman", "pappan", "bror", "syster", "brorsa", "syrra", "mormor", "farmor",
                 "morfar", "farfar", "mum", "dad", "mom"])
# Words a child's name follows: "vår son Max", "my daughter emma", "hon heter Saga".
PERSON_WORDS = frozenset(["son", "sonen", "dotter", "dottern", "bror", "brorsan", "lillebror", "storebror", "syster",
                          "systern", "lillasyster", "storasyster", "heter", "kallas", "daughter", "brother", "sister",
                          "named", "called", "nephew", "niece", "kusin", "kusinen"])
# English contractions ("I'm", "we'll", "don't") are words, never names.
CONTRACTION = re.compile(r"(?:['’](?:m|re|ve|ll|d|t)|n['’]t)$")
# The letters Swedish writes; a lower-case word with others ("kaže", "wiem" aside) belongs to another language.
SWEDISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü-:'’")
# Capitalised words with these endings are places, not people.
PLACE_ENDINGS = re.compile(r"(?:vägen|gatan|gården|torget|parken|skolan|hallen|berg|backen|viken|staden|holmen|sjön"
                           r"|ängen|dalen|huset|kyrkan|ringen|hagen|stan|landet|sta|by|köping|ån)$")
POSSESSIVES = frozenset(["hans", "hens", "dess", "vars", "ens", "alls", "mins", "dins", "sins", "hennes", "deras"])
# Apps and services parents name ("Youtube är värst"): words, never names.
SERVICE_NAMES = frozenset(SERVICES.split("|"))
# Writing systems whose words the Latin name list reaches through transliteration.
TRANSLITERATED = ("CYRILLIC", "GREEK", "ETHIOPIC", "ARMENIAN", "GEORGIAN")
RIGHT_TO_LEFT = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")


def _script(word):
    """Return the Unicode script name of a word's first letter (LATIN, ARABIC, CYRILLIC …)."""
    if word[0] < "\u0250":  # Basic Latin to Latin Extended-B: most words, without a name look-up
        return "LATIN"
    return unicodedata.name(word[0], "LATIN").split()[0]


def _stems(lower):
    """Return the forms a word may be a name in: itself, without a genitive s or a Turkish case ending, its parts."""
    stems = {lower}
    for ending in (":s", "'s", "’s", "s") if lower.endswith("s") else ():  # most words end otherwise
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stems.add(lower[:-len(ending)])
    for mark in "'’":  # "Ayşe'nin", "Emre'ye": a Turkish name keeps its case ending after an apostrophe
        if mark in lower:
            stems.add(lower.split(mark)[0])
    if "-" in lower:
        stems.update(part for part in lower.split("-") if len(part) > 1)
    return stems


@lru_cache(maxsize=1 << 16)
def _lexical(lower, mostly_swedish):
    """Return (known, ordinary, genitive): whether a word is a name, an ordinary word, and a name's genitive."""
    stems, names = _stems(lower), given_names()
    if not mostly_swedish and lower.endswith("s") and not lower.endswith(("'s", "’s")):
        stems.discard(lower[:-1])  # a bare -s makes a genitive in Swedish only: "Gracias" is no Gracia's
    if "-" in lower:
        known = not _hyphen_word(lower) and any(part in names for part in lower.split("-") if len(part) > 2)
    else:
        known = any(stem in names and len(stem) > 2 for stem in stems)
    # "dagis" is a word, not the genitive of a rare name Dagi, unless a relative follows ("lisas mamma")
    word_first = known and lower not in names and lower in swedish_words()
    return known and not word_first, _ordinary(lower, stems, mostly_swedish), known


def _hyphen_word(lower):
    """Return whether a hyphenated word ends in an ordinary word ("Ica-reklamen"), not a relative ("Pekka-pappa")."""
    last = lower.rsplit("-", 1)[-1]
    return len(last) > 3 and (is_word(last) or definite_of_word(last)) and last not in given_names() \
        and last not in RELATIVES  # "Vilma-appen": an app, its noun in the definite form


def _ordinary(lower, stems, mostly_swedish):
    """Return whether a word is an ordinary word or a place, in Swedish or (in a text not in Swedish) English."""
    if "-" in lower:  # Anna-Karin is a name, Saga-stunden and Ica-reklamen words
        return _hyphen_word(lower) or not any(part in given_names() and not is_word(part)
                                              for part in lower.split("-") if len(part) > 2)
    contraction = ("'" in lower or "’" in lower) and CONTRACTION.search(lower)  # the quick test first
    if contraction or lower in SERVICE_NAMES or is_word(lower) or lower in swedish_places() \
            or lower in world_names() or any(
            is_word(s) or s in swedish_places() for s in stems if s != lower):
        return True
    english = english_words()
    # "she", "cars" are names too; so are "hadda" (now), "berri" (tomorrow) in a Somali sentence
    return not mostly_swedish and (lower in english or lower.rstrip("s") in english or lower in SOMALI_WORDS)


def _latin_name(word, before, following, mostly_swedish, swedish_context=True, after_next=None):
    """Return whether a Latin-script word is used as a person's name."""
    lower, names = word.lower, given_names()
    known, ordinary, genitive = _lexical(lower, mostly_swedish)
    after = following.lower if following is not None else None
    if after in FINNISH_RELATIVES and lower.endswith("n") and lower[:-1] in names and len(lower) > 3:
        return True  # "Villen äiti": a Finnish genitive before the relative
    if after in ENGLISH_VERBS and word.opens_sentence and lower in english_words() \
            and (after_next is None or after_next.lower not in ENGLISH_STATES):
        return False  # "Love is all you need": an English phrase in a Swedish text; "Hope was sad" is a child
    if after in KIN and word.capitalised and lower.endswith("s") and len(lower) > 3 \
            and (lower[:-1] in world_names() or lower[:-1] in swedish_places()):
        return True  # "Kubas mamma", "Parisas pappa": a place has no mother; the name is also a country's or a town's
    if ordinary and not genitive and len(lower) > 2:
        return False  # most words of a text: ordinary words no name list holds
    if known and before is not None and before.lower in PERSON_WORDS \
            and (word.capitalised or not ordinary or after in ANIMATE or after is None or after in PRONOUNS):
        return True  # "vår son Max", "my daughter emma", "hon heter saga" last or before "hon"; not "min dotter har"
    if after in RELATIVES and lower.endswith("s") and lower not in POSSESSIVES and following.start == word.end + 1 \
            and (genitive or mostly_swedish and not ordinary and unlisted_genitive(lower, after in KIN)):
        return True  # "lisas mamma", "Hiwots kompis": a relative right after (not "kaos, föräldrar") says it is a name
    if genitive and word.capitalised and not word.opens_sentence and lower.endswith("s") and following is not None \
            and not following.capitalised and is_word(after) and lower not in POSSESSIVES:
        return True  # "Olles mössa", "Lottas jacka": a name's genitive before a noun, also when the name is a word
    inside = word.capitalised and not word.opens_sentence
    animate = after in ANIMATE or acts_as_person(after, after_next.lower if after_next is not None else None)
    # "Saga behöver", "max har börjat", "Saga ritar"; not "Solen skiner", nor "Lucia firar vi" (the object first)
    acts = word.opens_sentence and (after in NAME_FOLLOWERS or verb(after) and not definite_of_word(lower)) \
        and (after_next is None or after_next.lower not in PRONOUNS) and lower not in SUBJECTS \
        and (lower not in CALENDAR or after in ANIMATE)  # "Juni har svårt", not "Juni är en stressig månad"
    if len(lower) <= 2:  # Bo, Li, Ai, My: names only where a name stands
        return lower in names and word.capitalised and ((inside and not ordinary) or acts)
    if not word.capitalised:
        if lower in english_words() and after in english_words() and not is_word(after):
            return False  # "the air" in "Love is in the air på fritids": English words among Swedish ones
        if not mostly_swedish or not set(lower) <= SWEDISH_LETTERS or not _swedish_around(before, word, following):
            # Elsewhere a lower-case name needs a verb or "and" after it: "liam and noah", "i think priya wants".
            return known and not ordinary and after in UNKNOWN_FOLLOWERS
        if known and before is not None and before.lower == "i":
            return False  # "jobbar i stan", "i maj": after "in" a place or a time, not a person
        if known:  # lower case only where the words around are Swedish; "max har" too, not "juni är"
            return not ordinary or acts and (lower not in swedish_words() or animate)
    elif known:  # "Saga", "Max" as names, not "Max två timmar"; "Grace cried"
        # (not the families' other languages: "Danas nije" is "today it is not")
        return not ordinary or not word.opens_sentence or acts or animate \
            and lower not in SUBJECTS and (after_next is None or after_next.lower not in PRONOUNS)
    if ordinary:
        return False
    placed = inside or (not word.capitalised and not word.opens_sentence) \
        or (word.opens_sentence and after in UNKNOWN_FOLLOWERS)
    if placed and (is_nickname(lower) or lower.endswith("s") and is_nickname(lower[:-1])) \
            and (word.capitalised or not typo_of_word(lower)):
        return True  # "ville och fredde", "lisen tycker", "Ebbisen har": a short form of a name (not "barnne")
    if any(c.isupper() for c in word.text[1:]) or compound(lower) or PLACE_ENDINGS.search(lower):
        return False  # TikTok, YouTube; Ekbacken, Vklass; Karlavägen, Hellasgården
    if inside:  # a capitalised non-word inside a sentence is most often a name (in Somali or Finnish too)
        # not "Eriksdalsbadet", "Folktandvården"; the Finnish "Villen" (Ville's) is
        return not ((swedish_context or len(lower) >= 10) and definite_of_word(lower)) \
            and looks_like_name(lower, BRAND_SHAPE_THRESHOLD)  # nor "Oatly", "Universeum": spelt like no name
    if word.capitalised and word.opens_sentence and (after in FOREIGN_FOLLOWERS or after in SOMALI_FOLLOWERS
                                                     or foreign_verb(after)):
        # "Wojtek znowu", not "Dzisiaj jest"; before a Somali verb a name's spelling, not a noun's article
        return is_nickname(lower, FOREIGN_NICKNAME_ENDINGS) or foreign_pet_form(lower) or after in SOMALI_FOLLOWERS \
            and not lower.endswith(SOMALI_ARTICLES) and lower not in SOMALI_WORDS and looks_like_name(lower)
    # "Hiwot är blyg", "Danne och jag": a capitalised word no list knows, spelt like a name, then a verb or "och";
    # in lower case only before a common verb ("rojda kommer")
    follows = after in UNKNOWN_FOLLOWERS or verb(after) if word.capitalised else \
        after in NAME_FOLLOWERS and not typo_of_word(lower)
    return word.opens_sentence and follows and len(lower) > 3 \
        and (after_next is None or after_next.lower not in PRONOUNS) \
        and not definite_of_word(lower) and (looks_like_name(lower) or is_nickname(lower))  # "Kajsan ritar"


# "jag och lotta", "ville och jag": a name beside "I" or "we", in any case and also when it is a word.
SPEAKERS = frozenset(["jag", "vi", "mig", "oss", "i", "me", "we"])
CONJUNCTIONS = frozenset(["och", "and", "&", "o", "å"])


def _coordinated(words, index, mostly_swedish):
    """Return whether a word that is a given name stands beside "och jag" / "jag och" ("jag och lotta")."""
    near = words[index + 1].lower if index + 1 < len(words) else None
    if near not in CONJUNCTIONS and (index == 0 or words[index - 1].lower not in CONJUNCTIONS):
        return False  # most words: no "och" beside them
    lower = words[index].lower
    beside = (index >= 2 and words[index - 1].lower in ("och", "and") and words[index - 2].lower in SPEAKERS) or (
        index + 2 < len(words) and words[index + 1].lower in ("och", "and") and words[index + 2].lower in SPEAKERS)
    if beside and len(lower) > 2 and lower not in SUBJECTS and lower not in SPEAKERS and lower in given_names() \
            and _script(words[index].text) == "LATIN" and (not index or words[index - 1].lower not in DETERMINERS):
        return True
    # "Lo och Bo leker", "Max och Stig": two capitalised given names joined by "och", the second inside a sentence
    pair = words[index:index + 3]
    return len(pair) == 3 and pair[1].lower in ("och", "and", "&", "o", "å") and pair[0].capitalised \
        and pair[2].capitalised and not pair[2].opens_sentence and pair[0].lower in given_names() \
        and pair[2].lower in given_names() and pair[0].lower not in SUBJECTS


def _swedish_around(before, word, following):
    """Return whether a word stands by a Swedish word (or alone) in its clause, so a lower-case name is not a foreign
    word: in "dobar dan, när är …" the Swedish after the comma says nothing of "dan" (day)."""
    neighbours = [w for w in (before, following) if w is not None]
    clause = [w for w in neighbours if w.end + 1 == word.start or word.end + 1 == w.start]
    neighbours = clause or neighbours
    return not neighbours or any(not w.capitalised and (is_word(w.lower) or w.lower in ("o", "å")) for w in neighbours)


def _phrase(words, index):
    """Return whether an Arabic-script word stands beside another ("الله يعطيكم العافية", "دیوانه شدم"): a phrase in
    the home language inside a Swedish text, whose names the name list has to tell."""
    return any(0 <= i < len(words) and _script(words[i].text) in RIGHT_TO_LEFT for i in (index - 1, index + 1))


def has_name(words, skip=frozenset()):
    """Return whether any of the words names a person, but those at the indexes in skip (known characters)."""
    latin = swedish = only_swedish = only_english = 0
    english = english_words()  # "is", "to", "for" are Swedish too: count the words only one language has
    for w in words:
        if w.text[0] >= "\u0250" and _script(w.text) != "LATIN":  # most words are Latin without a call
            continue
        latin += 1
        if not w.capitalised:
            in_swedish, in_english = is_word(w.lower), w.lower in english
            swedish += in_swedish
            only_swedish += in_swedish and not in_english
            only_english += in_english and not in_swedish
    mostly_swedish = swedish * 2 >= latin and swedish > 0 and only_swedish >= only_english
    some_swedish = only_swedish > 0 and only_swedish >= only_english  # enough to read Swedish endings
    placed = has_cues(words) or not mostly_swedish and only_english  # a lower-case name's place ("mvh"); most: none
    for index, word in enumerate(words):
        if index in skip or word.lower in GOD_NAMES:
            continue  # a character's or an everyday word ("Pippi", "mum"), God ("hvala Allahu"), read as neighbours
        script = "LATIN" if word.text[0] < "\u0250" else _script(word.text)  # most words, without a call
        following = words[index + 1] if index + 1 < len(words) else None
        if script == "LATIN":
            if not mostly_swedish and word.capitalised and (word.opens_sentence and named_before_a_person(words, index)
                                                            or pet_pair(words, index)):
                return True  # "Memo yine kaybetti", "Rosa no quiere": English and Swedish say nothing there
            if word.lower in FEAST_DAYS and feast_day(words, index) or word.opens_sentence and word.capitalised \
                    and (not mostly_swedish and word_of_its_language(words, index) or home_phrase(words, index)):
                continue  # "dags för Lucia"; "Deniz kenarına" (the sea), "Paz y tranquilidad" in their languages
            if (following is not None and following.lower in CONJUNCTIONS
                    or index and words[index - 1].lower in CONJUNCTIONS) and _coordinated(words, index, mostly_swedish):
                return True
            if following is not None and following.capitalised and "-" in following.lower \
                    and _hyphen_word(following.lower):
                continue  # "Tyra Banks-serien", "Astrid Lindgren-priset": a person's name makes a title
            if not word.capitalised and placed and lowercase_name(words, index, mostly_swedish) \
                    or subject_place(words, index) and opening_pet_form(words, index) or word_order_name(words, index):
                return True  # "miss farida", "mvh emelie", "juni och hennes kompis", "meho se boji"
            if only_english and not word.capitalised and mostly_swedish and english_phrase(words, index):
                continue  # "Love is in the air på fritids": an English phrase's words in a Swedish text
            if not word.capitalised and len(word.lower) > 2 and _lexical(word.lower, mostly_swedish)[1:] == (True, False):
                continue  # most words: ordinary, no name's genitive, which _latin_name turns down wherever they stand
            if _latin_name(word, words[index - 1] if index else None, following, mostly_swedish, some_swedish,
                           words[index + 2] if index + 2 < len(words) else None):
                return True
            verb_at = past_place(words, index, is_word(word.lower)) \
                if word.opens_sentence and following is not None and following.lower in PLACE_WORDS else None
            if verb_at is not None and _latin_name(word, words[index - 1] if index else None, words[verb_at],
                                                   mostly_swedish, some_swedish, words[verb_at + 1]
                                                   if verb_at + 1 < len(words) else None):
                return True  # "Stig på fritids är så bra", "liv i 3a blir retad": the verb after the place
        elif script in TRANSLITERATED:
            if transliterated_name(word, words[index - 1] if index else None, following, script,
                                   words[index + 2:index + 4]):
                return True
        elif script in RIGHT_TO_LEFT and (latin > len(words) - latin and not _phrase(words, index)
                                          or arabic_pair(words, index) or arabic_name(
                                              word.text, words[index - 1] if index else None, following, words[index + 1:index + 6])):
            return True  # a word in Arabic or Persian script inside a Swedish sentence is most often a name
    return False
