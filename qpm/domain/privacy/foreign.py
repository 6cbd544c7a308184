"""Given names that are ordinary words in the text's own language ("Deniz kenarına", "Tuuli ja sade", "Nada mi je")."""
from functools import lru_cache

from .languages import FOREIGN_FOLLOWERS, foreign_verb
from .lexicon import english_words, foreign_words, given_names, is_word, looks_like_name
from .diminutives import pet_form
from .nicknames import FOREIGN_NICKNAME_ENDINGS, is_nickname
from .subjects import NAME_FOLLOWERS


@lru_cache(maxsize=1)
def _any_language():
    """Return the given names that are a word in any of the languages."""
    return frozenset().union(*foreign_words()[0].values())


def _languages(words, skip):
    """Return the languages whose commonest words the text's other words most often are (none if no word is);
    English words ("a", "no", "on") tell no language, so an English text has none."""
    _also, common = foreign_words()
    english = english_words()
    others = [w.lower for i, w in enumerate(words) if i != skip and w.lower not in english]
    counts = {language: sum(word in listed for word in others) for language, listed in common.items()}
    best = max(counts.values())
    return {language for language, count in counts.items() if count == best} if best else set()


# Pet forms the families' languages make with -o or -e after a name's first syllable or two: Turkish Hüso (Hüseyin),
# Memo (Mehmet), Bosnian Mujo, Spanish Paco, Pepe.
PET_ENDINGS = ("o", "e")


def foreign_pet_form(lower):
    """Return whether a word no list knows, before a person's verb, is a pet form in -o or -e ("Hüso yine"), not a
    common word of any of the languages ("Esto es", "Todo está")."""
    return is_nickname(lower, PET_ENDINGS) and not any(lower in common for common in foreign_words()[1].values())


def pet_pair(words, index):
    """Return whether two short forms are joined by "and" in a text in another of the families' languages, the second
    capitalised inside the sentence ("Make ja Late pelaavat", "Kasia i Basia"): neither a common word there."""
    if index + 2 >= len(words):
        return False
    first, joined, second = words[index:index + 3]
    if joined.lower not in AND or not second.capitalised or second.opens_sentence:
        return False
    languages = _languages(words, index)
    _also, common = foreign_words()
    return bool(languages) and all(
        (lower in given_names() or is_nickname(lower, PET_ENDINGS + FOREIGN_NICKNAME_ENDINGS, english=False))
        and not any(lower in common[language] for language in languages) for lower in (first.lower, second.lower))


def named_before_a_person(words, index):
    """Return whether a capitalised word opening a text in another of the families' languages is a name by the
    person's verb after it, though it is an English or Swedish word or a country ("Memo yine kaybetti", "Dado
    stalno zaboravlja", "Rosa no quiere", "Kuba znowu płakał"): those lists say nothing in such a text."""
    lower = words[index].lower
    named = lower in given_names() or pet_form(lower)  # "Paquito se dejó", "Kuba nie chce"
    short = not named and 4 <= len(lower) <= 6 and is_nickname(lower, SHORT_I, english=False) and not is_word(lower) \
        and not (index + 1 < len(words) and words[index + 1].lower.endswith(("lar", "ler")))  # "Bazi çocuklar": some
    if not (named or short or lower in english_words() and not is_word(lower) and looks_like_name(lower)) \
            or not (_person_after(words, index, COPULAS | VERY) or _state_after(words, index)
                    or _negated_verb(words, index)):
        return False
    languages = _languages(words, index)
    _also, common = foreign_words()  # an English word the language uses too is its word ("Pizza nunca falta")
    if "tr" in languages and lower in _also["tr"] and _exists(words, index):
        return False  # "Umut hep var": there is always hope; a thing exists, a child would be somewhere
    # a short form in -i no common word of any of the languages ("Musti" of Mustafa; not "Şimdi", now)
    return bool(languages) and (named or not any(lower in common[language] for language in
                                                 (common if short else languages)))


# Turkish and Bosnian make short forms of a name's first letters and -i: Musti (Mustafa), Memi, Hasi, Emi.
SHORT_I = ("i",)


def word_of_its_language(words, index):
    """Return whether a capitalised word opening a sentence is an ordinary word of the language the text is in,
    with no verb of a person after it ("Umut ediyorum" I hope; not "Deniz ağlıyor", "Zora je bolesna")."""
    lower = words[index].lower
    also, _common = foreign_words()
    if lower not in _any_language():
        return False  # most names are no word in any of the languages
    languages = _languages(words, index)
    if "tr" in languages and lower in also["tr"] and _exists(words, index):
        return True  # "Umut hep var": there is always hope; a thing exists, a child would be somewhere
    # a Swedish verb that is a common word of the text's language says nothing there ("Umut var ki": there is hope)
    theirs = frozenset(w.lower for w in words[index + 1:index + 2] if w.lower in NAME_FOLLOWERS
                       and any(w.lower in _common[language] for language in languages))
    if _person_after(words, index, IS | VERY | theirs) or _state_after(words, index):
        return False
    return any(lower in also[language] for language in languages)


# Turkish adverbs of always and still, between a word and "var" (there is): "Umut hep var", "Sevgi her zaman var".
ALWAYS = frozenset(["hep", "her", "zaman", "daima", "hâlâ", "hala", "yine", "de", "da", "bile"])


def _exists(words, index):
    """Return whether adverbs and then Turkish "var" (there is), ending its clause, follow the word."""
    at = index + 1
    while at < len(words) and at - index <= 3 and words[at].lower in ALWAYS:
        at += 1
    return index + 1 < at < len(words) and words[at].lower == "var" \
        and (at + 1 == len(words) or words[at + 1].start > words[at].end + 1)


# "Is" says nothing of a person: "Rosa es mi color favorito", "Maj jest pełen wycieczek", "Luz está apagada".
COPULAS = frozenset(["je", "jest", "on", "es", "está", "є", "waa", "is", "är", "was", "var", "nije", "nie", "ei", "ne",
                     "no"])
# "Is" alone says nothing of a person ("Zora je svanula", "Onni on että", "Lumi on ihanaa"); a state only people
# are in does ("Tuuli on sairas", "Zora je bolesna", "Sol está muy cansada"): sick, sad, tired, glad, angry, shy,
# naughty.
IS = frozenset(["je", "jest", "on", "es", "está", "є", "waa"])
STATES = frozenset(["sairas", "kipeä", "väsynyt", "surullinen", "iloinen", "peloissaan", "vihainen", "bolestan",
                    "bolesna", "tužan", "tužna", "umoran", "umorna", "sretan", "sretna", "ljut", "ljuta", "chory",
                    "chora", "smutny", "smutna", "zmęczony", "zmęczona", "szczęśliwy", "szczęśliwa", "enfermo",
                    "enferma", "triste", "cansado", "cansada", "contento", "contenta", "enfadado", "enfadada",
                    "hasta", "üzgün", "yorgun", "mutlu", "kızgın", "хворий", "хвора", "сумний", "сумна", "втомлений",
                    "втомлена", "jiran", "xanuunsan", "daallan", "yaramaz", "utangaç", "ujo", "tuhma", "sramežljiv",
                    "sramežljiva", "nestašan", "nestašna", "nieśmiały", "nieśmiała", "niegrzeczny", "niegrzeczna",
                    "tímido", "tímida", "travieso", "traviesa"])
VERY = frozenset(["muy", "vrlo", "jako", "bardzo", "çok", "tosi", "hyvin", "niin", "дуже", "aad"])


def _state_after(words, index):
    """Return whether "is" (or "very") and a state only a person is in follow the word ("Tuuli on sairas", "está muy
    cansada")."""
    after = [w.lower for w in words[index + 1:index + 4]]
    if len(after) > 1 and after[0] in VERY:
        return after[1] in STATES  # "Deniz çok yorgun" (Turkish needs no "is"), not "Güneş çok sıcak"
    if len(after) < 2 or after[0] not in IS:
        return False
    return after[1] in STATES or len(after) > 2 and after[1] in VERY and after[2] in STATES


# Negations and clitics that stand between a subject and its verb: "Valentina no quiere", "Kuba nie chce".
BETWEEN = frozenset(["no", "nie", "ne", "ei", "se"])
# The negations of Bosnian and Spanish (Polish "nie" and Finnish "ei" are among the foreign followers).
NEGATIONS = frozenset(["ne", "no"])
# The reflexive pronoun of Spanish and Bosnian, which stands before its verb ("se pelean", "se igra").
REFLEXIVE = frozenset(["se", "się"])  # Polish too: "kuba się pobił"
# Polish "with a friend, mum, brother …" after a subject: "Kuba z bratem", "kasia z koleżanką".
POLISH_WITH = frozenset(["kolegą", "koleżanką", "kolegami", "koleżankami", "mamą", "tatą", "bratem", "siostrą",
                         "babcią", "dziadkiem"])
# "And" in Finnish, Polish, Bosnian, Spanish, Turkish.
AND = frozenset(["ja", "i", "y", "e", "ve", "ile"])
# The Turkish present in the third person singular ends the clause: "Elif okulda yemek istemiyor", not "Umut
# ediyorum" (I hope) nor "geliyorlar" (they come); "ve", "ama", "ki" … start another clause.
TURKISH_THIRD_PERSON = ("yor", "yormuş", "yordu", "meyecek", "mayacak")  # also "will not"
CLAUSE_JOINS = frozenset(["ve", "ama", "ki", "fakat", "çünkü", "ya", "veya"])


def _singular_verb(word):
    """Return whether a word is a Polish or Turkish verb a single child does: not the plural "-li", "-ły" (nor
    the Turkish "-li" of "tatili")."""
    return foreign_verb(word) and not word.endswith(("li", "ły"))


def _person_after(words, index, not_cues=frozenset()):
    """Return whether a person follows: a verb next or after a negation, a second name after "and", or a Turkish
    verb in the third person further on."""
    after = [w.lower for w in words[index + 1:index + 3]]
    if after and after[0] not in not_cues and (after[0] in FOREIGN_FOLLOWERS or after[0] in NAME_FOLLOWERS
                                                or _singular_verb(after[0])):
        return True
    if len(after) == 2 and after[0] in BETWEEN and (after[1] in FOREIGN_FOLLOWERS or _singular_verb(after[1])):
        return True
    if after and after[0] in NEGATIONS and after[0] not in not_cues:
        return True  # "Zora ne želi", "Luz no quiere": a negation after a subject negates what it does
    if after and after[0] in REFLEXIVE:
        return True  # "Pepe se pasa el día": a reflexive verb's subject; Spanish nouns take an article first
    if len(after) == 2 and after[0] == "z" and after[1] in POLISH_WITH:
        return True  # "kuba z kolegą nagrywa": a person is with a friend
    if len(after) == 2 and after[0] in AND and words[index + 2].capitalised and after[1] in given_names():
        return True  # "Onni ja Leevi", "Pepe y Nacho": two children, not "Tuuli ja sade" (wind and rain)
    for word in words[index + 1:]:
        if word.opens_sentence or word.lower in CLAUSE_JOINS:
            break  # "Bahar geldi ve çocuklar … istiyor": the verb at the end is the children's
        if len(word.lower) > 5 and word.lower.endswith(TURKISH_THIRD_PERSON):
            return True  # "itiyormuş" (he pushes, they say) too
    return False


# What other modules ask of a text in a home language (lowercase.py): its languages, a person's verb after a word.
languages_of, person_after = _languages, _person_after


def home_phrase(words, index):
    """Return whether a name that is a word of a home language opens a phrase of that language joined by its "and"
    ("Paz y tranquilidad", "Nada i vjera"), also inside a Swedish text: neither word a Swedish or English one."""
    if index + 2 >= len(words) or words[index + 1].lower not in AND:
        return False
    also, common = foreign_words()
    first, second = words[index].lower, words[index + 2]
    if second.capitalised or is_word(second.lower) or second.lower in english_words():
        return False
    # the second may be a name too where it is a common word of the same language: "Paz y amor" (love)
    named = second.lower in given_names()
    return any(first in also[language] and (second.lower in common[language] or len(second.lower) > 6 and not named)
               for language in also)


# "Has" and "is" after a negation say nothing of a person ("Kuba nie ma …" may be Cuba): other verbs do.
HAVE = frozenset(["ma", "ima", "tiene", "hay", "jest", "je", "es", "está", "on", "ole", "var", "yok"])


def _negated_verb(words, index):
    """Return whether a negation and a verb other than "is" or "has" follow ("Kuba nie chce", "Zora ne želi")."""
    after = words[index + 1:index + 3]
    if any(words[index].lower in common for common in foreign_words()[1].values()):
        return False  # "Danas ne radimo" (today we do not): a common word of its language
    return len(after) == 2 and after[0].lower in BETWEEN and after[0].lower != "se" and not after[1].capitalised \
        and after[1].lower not in HAVE and not is_word(after[1].lower) and after[1].lower not in english_words()
