"""Given names typed in lower case, told by where they stand: after a title, a sign-off or a verb that takes a
person ("miss farida", "mvh emelie", "check on theo"), before a person's verb ("harper pushes her") or friends
("juni och hennes kompis"), and at the start of a sentence in a home language before a verb ("meho se boji")."""
from .diminutives import pet_form, somali_name
from .feasts import FEAST_DAYS
from .foreign import IS, languages_of, person_after
from .languages import DOINGS, SOMALI_ARTICLES, SOMALI_FOLLOWERS, SOMALI_WORDS, foreign_verb
from .subjects import CALENDAR
from .lexicon import english_words, everyday_words, foreign_words, given_names, is_word, swedish_words, \
    unmistakable_characters

# Titles a staff member's name follows: "miss farida", "fröken sanna", "mr ali".
TITLES = frozenset(["miss", "mr", "mrs", "ms", "teacher", "fröken", "fröknarna", "frk", "tant", "farbror", "coach",
                    "mentor", "pedagog", "lärare", "läraren", "bibi", "ustaz", "hoca", "pani", "pan", "teta", "čika"])
# Sign-offs a writer's name follows: "mvh emelie", "kram lisa", "thanks, omar".
SIGN_OFFS = frozenset(["mvh", "hälsningar", "hälsning", "kram", "kramar", "thanks", "regards", "cheers", "tack",
                       "vänliga", "pozdrawiam", "pozdrav", "saludos", "selamlar"])
# Verbs whose object is a person: "tell charlie", "ask noor", "hjälpa ida", "fråga elis".
PERSON_VERBS = frozenset(["tell", "ask", "asked", "told", "help", "helped", "hug", "hugged", "invite", "invited",
                          "remind", "thank", "thanked", "comfort", "hjälpa", "hjälpte", "fråga", "frågade", "krama",
                          "trösta", "bjuda", "bjöd", "saknar", "retar", "retade", "knuffade", "slog",
                          # a friend is a person: "her best friend zara", "kompisen elvin"
                          "friend", "bestie", "buddy", "classmate", "kompisen", "bästisen", "klasskompisen"])
# Two words before a person: "check on theo", "säga till ella", "look after sam", "hälsa till omar".
PERSON_PAIRS = frozenset([("next", "to"), ("check", "on"), ("checked", "on"), ("look", "after"), ("säga", "till"), ("säg", "till"),
                          ("sa", "till"), ("hälsa", "till"), ("ta", "hand"), ("sit", "with"), ("play", "with"),
                          ("plays", "with"), ("leka", "med"), ("leker", "med"), ("lekte", "med")])
# "call him bubba", "kallar honom nuffe": what follows is the child's name or pet name, whatever it is.
CALLING = frozenset(["call", "calls", "called", "kallar", "kallade"])
CALLED = frozenset(["him", "her", "them", "honom", "henne", "hen", "dem"])
# "juni och hennes kompis": a month, a word or a name, it has a friend, a brother or a mother.
HIS_HER = frozenset(["hennes", "hans", "hens", "sin", "her", "his"])
KIN = frozenset(["kompis", "kompisar", "vän", "vänner", "bror", "syster", "mamma", "pappa", "friend", "friends",
                 "brother", "sister", "mum", "mom", "dad", "bästis"])
# What parents call any child, though some are names too: "nena tiene fiebre" (the little girl), "bebe", "mami".
ENDEARMENTS = frozenset(["nena", "nene", "nenita", "nenito", "bebe", "bebé", "bebek", "beba", "mami", "papi", "mala",
                         "mali", "mały", "mała", "maluch", "dada", "baba", "nana", "tata", "mama", "kuzu", "canım"])
# Somali "every time", "every day", "always" between a subject and its verb: "mar walba", "maalin kasta".
SOMALI_EVERY = frozenset(["mar", "maalin", "habeen", "subax", "walba", "kasta", "dhan"])
# Somali "little" and "big" after a name: "Cabdi yare", "Xasan weyne".
SOMALI_SIZES = frozenset(["yare", "yar", "weyne", "weyn"])


def _word(lower):
    """Return whether a lower-case word is an ordinary English or Swedish word."""
    return lower in english_words() or is_word(lower)


def _name_like(lower):
    """Return whether a lower-case word is a given name or a pet form of one, and no ordinary word."""
    return len(lower) > 2 and not _word(lower) and (lower in given_names() or pet_form(lower))


def lowercase_name(words, index, mostly_swedish):
    """Return whether a lower-case Latin word is a person's name by where it stands."""
    before = words[index - 1].lower if index else None
    following = words[index + 1].lower if index + 1 < len(words) else None
    # most words have no person's place around them: set look-ups only, before any list of names is asked
    cued = before in CUES or index > 1 and (words[index - 2].lower, before) in PERSON_PAIRS
    called = index > 1 and before in CALLED and words[index - 2].lower in CALLING
    friends = following in ("och", "and") and index + 3 < len(words) and words[index + 2].lower in HIS_HER \
        and words[index + 3].lower in KIN
    acts = following is not None and following[-1:] == "s" and len(following) > 3
    lower = words[index].lower
    if before in CHILD_WORDS and lower in given_names() and lower not in PRONOUNS_EN \
            and (following is None or following in PERSON_NEXT or _english_act(following)):
        return True  # "my son oliver keeps", "our daughter grace has": a child's name, though it is a word too
    if not (cued or called or friends or acts):
        # in an English text a listed name no dictionary knows is a name wherever it stands ("at lunch theo sat"),
        # but after a feast or a greeting ("ramadan mubarak", "eid mubarak")
        return not mostly_swedish and len(lower) > 3 and lower in given_names() and not _word(lower) \
            and lower not in FEAST_DAYS and lower not in CALENDAR and lower not in everyday_words() \
            and lower not in unmistakable_characters() and (not index or words[index - 1].lower not in everyday_words()) \
            and _english_text(words, index) and not any(lower in c for c in foreign_words()[1].values())
    if called:
        return len(lower) > 2 and not _word(lower)  # "we call him bubba": a pet name needs no list
    if friends and (lower in given_names() or pet_form(lower)):
        return True  # "tror juni och hennes kompis": a month has no friend
    if acts and lower in given_names() and not is_word(lower) and lower not in PRONOUNS_EN \
            and index + 2 < len(words) and words[index + 2].lower in OBJECTS and _english_act(following):
        return _english_text(words, index)  # "jasper hits him": a stone hits nobody, a child does
    if not _name_like(lower) or before in CHILD_CUES and (any(lower in c for c in foreign_words()[1].values())
                                                          or following in ("się", "se")):
        return False  # "mi hija tiene", "kćerka ima", "syn boi się": the verb after "my daughter", not a name
    # "harper pushes her", "theo hits": a name before an English verb of one person, in an English text
    return cued or acts and _english_act(following) and _english_text(words, index)


def _english_text(words, index):
    """Return whether a text is in English: more words only English has than only Swedish, no home language."""
    english = english_words()
    only = [(w.lower in english) - is_word(w.lower) for w in words]
    english_only = only.count(1)  # "lovely", "proud", not "is", "i" that Swedish has too
    return english_only > max(1, only.count(-1)) and english_only * 5 >= len(words) \
        and not languages_of(words, index)


# A person done to after the verb ("jasper hits him"), and English words that stand there and are no names.
OBJECTS = frozenset(["him", "her", "me", "us", "them", "my", "our"])
PRONOUNS_EN = frozenset(["that", "this", "what", "which", "who", "it", "he", "she", "nothing", "something",
                         "everything", "someone", "everyone", "nobody", "somebody", "anyone", "everybody", "one"])
# Words after which a lower-case name stands: a title, a sign-off, a verb whose object is a person.
# "My son", "my daughter" in the home languages before the child's name: "kćerka lejla", "oğlum kerem".
CHILD_CUES = frozenset(["hijo", "hija", "córka", "syn", "synek", "oğlum", "kızım", "sin", "kćerka", "kći", "sinčić",
                        "poikani", "tyttäreni", "wiilkayga", "gabadhayda", "wiilka", "gabadha", "син", "донька",
                        "сина", "доньку"])
CUES = TITLES | SIGN_OFFS | PERSON_VERBS | CHILD_CUES
# "my son", "our daughter" before a child's name; what a child's name is followed by there: a verb or nothing.
CHILD_WORDS = frozenset(["son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter", "nephew", "niece"])
PERSON_NEXT = frozenset(["is", "was", "has", "had", "can't", "won't", "doesn't", "didn't", "isn't", "wasn't", "gets",
                         "got", "and"])
# Any word of a lower-case name's place, to pass over texts that have none at once.
PLACE_WORDS = CUES | CALLING | KIN | CHILD_WORDS | frozenset(a for a, _b in PERSON_PAIRS)


def has_cues(words):
    """Return whether a text holds a word of a lower-case name's place at all (most texts do not)."""
    return not PLACE_WORDS.isdisjoint([w.lower for w in words])


def _english_act(lower):
    """Return whether a word is an English verb in the third person singular ("pushes", "bites", "keeps")."""
    english = english_words()
    if not lower.endswith("s") or lower not in english or lower in swedish_words():  # "hits" is no Swedish word
        return False
    return lower[:-1] in english and len(lower) > 3 or lower.endswith("es") and lower[:-2] in english


# Words after which the subject of a home-language sentence comes: yesterday, today, tomorrow, in the morning.
TIME_LEADS = frozenset(["wczoraj", "dzisiaj", "dziś", "jutro", "rano", "ayer", "hoy", "mañana", "dün", "bugün", "yarın",
                        "sabah", "jučer", "juče", "danas", "sutra", "eilen", "tänään", "huomenna", "shalay", "maanta",
                        "berri", "xalay"])
# "That" and "why" in the home languages, after which a clause's subject comes: que, że, että, da, ki, czemu.
THAT = frozenset(["que", "porque", "że", "czemu", "dlaczego", "bo", "että", "koska", "miksi", "zašto", "jer", "ki",
                  "çünkü", "neden", "inay", "maxaa", "що", "чому", "бо"])
# Bosnian clitics that stand second in a sentence, before its subject: "is", "himself", "him", "her".
CLITICS = frozenset(["je", "se", "su", "mu", "ga", "joj"])
# "And" after a child of the writer's: "moja córka i zosia", "mi hijo y juanito", "oğlum ve aliş", "moj sin i suljo".
AND_LEADS = frozenset(["i", "y", "e", "ve", "ja", "iyo", "and"])
OWN_CHILDREN = frozenset(["córka", "syn", "synek", "hijo", "hija", "oğlum", "kızım", "sin", "kćerka", "kći", "poika",
                          "tyttö", "poikani", "tyttäreni", "wiilkayga", "gabadhayda", "son", "daughter", "brat",
                          "siostra", "hermano", "hermana", "kardeşim", "brat", "sestra"])


def subject_place(words, index):
    """Return whether a word stands where a home-language sentence's subject does: first, after "yesterday", or
    after "my son and"."""
    if words[index].opens_sentence:
        return True
    before = words[index - 1]
    if before.lower in THAT:
        return True  # "dice que mateo le quita", "sanoo että aino ei saa": a clause's subject after "that"
    if before.lower in CLITICS and index > 1 and words[index - 2].lower in TIME_LEADS and words[index - 2].opens_sentence:
        return True  # "jučer je meho plakao": Bosnian puts "is" second, before the subject
    return before.lower in TIME_LEADS and before.opens_sentence or before.lower in AND_LEADS and index > 1 \
        and words[index - 2].lower in OWN_CHILDREN


def _frequent_name(words, index, languages):
    """Return whether a common word of the text's language is a name the lists count as common only because it is
    frequent ("pekka", "mikko"), no word there, before a verb only a person does ("itki", "kaže", "plakao")."""
    also, _common = foreign_words()
    after = words[index + 1].lower if index + 1 < len(words) else None
    return words[index].lower in given_names() and len(words[index].lower) > 3 \
        and not any(words[index].lower in also[language] for language in languages) \
        and (after in DOINGS or foreign_verb(after) or after in ("ei", "nie", "ne", "no") and index + 2 < len(words)
             and not _word(words[index + 2].lower))  # "antti ei halua": a negated verb


def opening_pet_form(words, index):
    """Return whether a lower-case word opening a sentence in a home language is a name or a pet form before a
    person's verb ("meho se boji", "memoş artık … istemiyor", "gosia zgubiła", "cabdi yare wuxuu")."""
    word = words[index]
    lower = word.lower
    after = words[index + 1].lower if index + 1 < len(words) else None
    if len(lower) < 3 or _word(lower) or lower in SOMALI_WORDS:
        return False
    if after in SOMALI_EVERY and index + 3 < len(words) and words[index + 2].lower in SOMALI_EVERY:
        after = words[index + 3].lower  # "Faay mar walba way …": "every time" stands between subject and verb
    if after in SOMALI_SIZES or after in SOMALI_FOLLOWERS and not lower.endswith(SOMALI_ARTICLES):
        return somali_name(lower)  # "cabdi yare", "xasan wuxuu": Somali spelling of a listed name
    if not (lower in given_names() or pet_form(lower)) or lower in ENDEARMENTS:
        return False
    languages = languages_of(words, index)
    _also, common = foreign_words()
    if any(lower in common[language] for language in languages) and not _frequent_name(words, index, languages):
        return False  # "teraz", "mucho": a common word of the text's language
    if word.capitalised:  # a capital opening a sentence: names.py reads a listed name, a pet form is read here
        return pet_form(lower) and person_after(words, index, IS)  # "Memoş är sjuk"; not "Ruoka on", "Todo está"
    if not word.opens_sentence and words[index - 1].lower in AND_LEADS:
        return True  # "moja córka i zosia": beside the writer's child, a child
    if person_after(words, index):
        return True
    # Spanish puts an article before a noun that opens a sentence: a bare listed name there is a person
    return languages == {"es"} and lower in given_names() and after is not None and after not in SPANISH_LINKS


# Words that join a noun to what follows: after them an opening word is a thing ("luz de la mañana").
SPANISH_LINKS = frozenset(["de", "del", "en", "y", "e", "o", "con", "para", "por", "a", "al", "que", "la", "el", "los",
                           "las", "un", "una", "es", "está", "son"])


def english_phrase(words, index):
    """Return whether a lower-case English word no Swedish word ("the", "of") stands between English words inside a
    Swedish text ("Love is in the air på fritids"): a quoted phrase, no name."""
    lower = words[index].lower
    english = english_words()
    if lower not in english or is_word(lower) or index == 0 or index + 1 >= len(words):
        return False
    # "barnen are so excited": or two English words after it, the phrase switching to English at the word
    return words[index + 1].lower in english and (words[index - 1].lower in english or index + 2 < len(words)
                                                  and words[index + 2].lower in english
                                                  and not is_word(words[index + 2].lower))


# Swedish puts the subject after the verb when a time opens the sentence: "igår grät tarasik", "sen ville aria".
SWEDISH_TIMES = frozenset(["igår", "idag", "imorse", "ikväll", "inatt", "imorgon", "sen", "sedan", "nu", "då",
                           "ibland", "efteråt", "förut", "hemma", "plötsligt", "alltid", "aldrig", "ofta", "jämt"])
# Verbs only people do, after which even a name that is a word is the subject: "igår skrek milo", "nu vill max".
PERSON_DOINGS = frozenset(["grät", "gråter", "skrek", "skriker", "vägrade", "vägrar", "ville", "vill", "sa", "sade",
                           "säger", "berättade", "berättar", "tyckte", "tycker", "somnade", "somnar", "vaknade",
                           "vaknar", "ljög", "ljuger", "frågade", "frågar", "skrattade", "skrattar", "bråkade",
                           "bråkar", "kissade", "bajsade", "kräktes", "saknade", "saknar", "hatar", "älskar"])
# Other verbs a child does: a name after them must be no ordinary word ("idag har sol skinit" is the sun).
SUBJECT_VERBS = PERSON_DOINGS | frozenset(["har", "hade", "kom", "kommer", "gick", "går", "var", "är", "blev", "blir",
                                           "lekte", "leker", "åt", "äter", "sov", "sover", "fick", "får", "ska",
                                           "skulle", "kunde", "kan", "slog", "sprang", "cyklade", "ramlade"])


def inverted_subject(words, index):
    """Return whether a lower-case given name or pet form stands as the subject after a time and a verb that opens
    a Swedish sentence ("igår grät tarasik", "imorse ville tindra inte"): there only a person or a pronoun stands."""
    word = words[index]
    if index < 2 or word.capitalised or words[index - 1].lower not in SUBJECT_VERBS:
        return False  # the quick tests first: most words follow no such verb
    opener = words[index - 2]
    lower = word.lower
    if not opener.opens_sentence or opener.lower not in SWEDISH_TIMES or len(lower) < 3 or lower in english_words() \
            and not is_word(lower):
        return False
    if not (lower in given_names() or pet_form(lower)) or lower in SUBJECT_WORDS or lower in FEAST_DAYS \
            or lower in CALENDAR:
        return False  # "sen blev lucia firad", "nu är april slut": a day or a month
    return not is_word(lower) or words[index - 1].lower in PERSON_DOINGS


# Words after a verb that are its subject without being names: pronouns, "alla", "ingen", "barnen".
SUBJECT_WORDS = frozenset(["han", "hon", "hen", "de", "dom", "vi", "jag", "du", "ni", "man", "alla", "ingen", "någon",
                           "nån", "det", "den", "barnen", "båda", "flera", "många", "inte", "aldrig", "alltid",
                           # a possessive standing for the child ("min blev rädd", "vår är sjuk"): no name
                           "min", "mitt", "mina", "din", "ditt", "dina", "vår", "vårt", "våra", "er", "ert"])


# What two children do together, after "saga och aria": play, fight, tease, want, like.
TOGETHER = PERSON_DOINGS | frozenset(["leker", "lekte", "slåss", "slogs", "retas", "brukar", "bråkar", "gillar"])


def _paired_subject(words, index):
    """Return whether two lower-case given names joined by "och" are the subject of what children do together
    ("saga och aria leker", "tindra o milo bråkade"), though both are words too."""
    if index + 3 >= len(words) or words[index + 1].lower not in ("och", "o", "&") \
            or words[index + 3].lower not in TOGETHER:
        return False  # the quick tests first
    pair = (words[index], words[index + 2])
    return all(not w.capitalised and len(w.lower) > 2 and (w.lower in given_names() or pet_form(w.lower))
               and w.lower not in SUBJECT_WORDS and w.lower not in FEAST_DAYS and w.lower not in CALENDAR for w in pair)


def word_order_name(words, index):
    """Return whether a lower-case word is a name by the word order around it: after a time and a verb, or beside
    another name before what children do together; or by the apostrophe Turkish puts only after a proper noun."""
    if words[index].capitalised:
        return False  # the quick test: capitalised words are read elsewhere
    return inverted_subject(words, index) or _paired_subject(words, index) or _turkish_proper(words[index])


# Turkish case endings after the apostrophe of a proper noun: "kerem'in babası", "selin'e", "ali'yi", "elif'le".
TURKISH_ENDINGS = frozenset(["in", "ın", "un", "ün", "nin", "nın", "nun", "nün", "e", "a", "ye", "ya", "i", "ı", "u",
                             "ü", "yi", "yı", "yu", "yü", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "le",
                             "la", "yle", "yla", "ler", "lar"])


def _turkish_proper(word):
    """Return whether a lower-case word is a listed given name with a Turkish case ending after an apostrophe."""
    if "'" not in word.lower and "’" not in word.lower or word.capitalised:
        return False  # the quick test: most words have no apostrophe
    stem, _mark, ending = word.lower.replace("’", "'").partition("'")
    return ending in TURKISH_ENDINGS and len(stem) > 2 and stem in given_names()
