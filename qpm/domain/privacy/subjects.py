"""Where a word stands as a sentence's subject: after a place ("Stig på fritids är"), before what a person does."""
import re

from .lexicon import is_word

# After a name at the start of a sentence comes what the child does: "Saga behöver", "Liv och Love leker";
# "Max två timmar", "Stig på!" start with the ordinary word.
NAME_FOLLOWERS = frozenset(
    ["är", "var", "har", "hade", "vill", "ville", "kan", "kunde", "ska", "skulle", "måste", "behöver", "behövde", "gillar",
     "tycker", "tyckte", "får", "fick", "blir", "blev", "brukar", "säger", "sa", "sade", "leker", "lekte", "slår",
     "slog", "går", "gick", "kommer", "kom", "gråter", "grät", "bråkar", "retas", "mobbar", "mår", "hämtas",
     "hämtar", "berättar", "berättade", "sover", "åt", "äter", "pratar", "springer", "verkar", "känner", "saknar",
     "älskar", "hatar", "vägrar", "is", "has", "was", "said", "likes", "wants", "needs", "loves", "hates", "gets",
     "got", "does", "doesn't", "can", "can't", "will", "won't", "keeps", "refuses", "cries", "plays",
     # strong and irregular Swedish verbs, whose endings verb() cannot read ("Bettan gör", "Ludde tog")
     "gör", "gjorde", "ser", "såg", "tar", "tog", "sitter", "satt", "vet", "visste", "står", "stod", "förstår",
     "förstod", "ljuger", "ljög", "skriker", "skrek", "biter", "bet", "sjöng", "sprang", "grinar"])
# Subjects that stand after the verb when something else comes first: "Lucia firar vi", "Saga läser jag".
PRONOUNS = frozenset(["vi", "jag", "du", "han", "hon", "hen", "de", "dom", "ni", "man"])
# Months and week days are given names too (Juni, April, Maj): at a sentence's start they are the time.
CALENDAR = frozenset(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                      "oktober", "november", "december", "june", "july", "august", "may"])
# A place a child is at between a name and its verb: "Stig på fritids är", "liv i 3a blir", "Jocke på gympan säger".
# After a determiner a word is a noun, not a name: "varje dag och jag", "en stig och vi", "nästa vår och vi".
DETERMINERS = frozenset(["varje", "en", "ett", "nästa", "samma", "hela", "någon", "nån", "ingen", "vilken", "denna",
                         "den", "det", "förra", "varenda", "every", "a", "the", "each", "one", "that", "this"])
PLACE_WORDS = frozenset(["på", "i", "från", "at", "in", "from"])
CLASS_CODE = re.compile(r"^\d[a-zåäö]?(?::?an)?$")
# Going somewhere and being done to are what people do: "sol kom hem", "liv blir retad", "Dag blev mobbad".
MOVES = frozenset(["kom", "kommer", "gick", "går", "springer", "sprang", "cyklar", "cyklade"])
WHERE_TO = frozenset(["hem", "hemma", "ut", "in", "till", "från", "tillbaka", "fram"])
BECOMES = frozenset(["blir", "blev", "gets", "got", "was"])
DONE_TO = frozenset(["retad", "retade", "mobbad", "mobbade", "slagen", "utfryst", "utfrysta", "knuffad", "sparkad",
                     "bitt", "biten", "ledsen", "arg", "rädd", "glad", "bullied", "hit", "teased", "pushed"])
# English verbs after an English word opening a sentence in a Swedish text: "Love is all you need" is a phrase.
ENGLISH_VERBS = frozenset(["is", "was", "are", "has", "will", "can", "makes", "means", "never", "always"])
# Unless a state only people are in follows: "Hope was sad", "Grace is ill".
ENGLISH_STATES = frozenset(["sad", "sick", "ill", "unwell", "poorly", "tired", "upset", "scared", "afraid", "angry",
                            "shy", "crying", "lonely", "bullied", "absent", "ledsen", "sjuk", "arg", "rädd", "trött"])
# Finnish puts a name's genitive in -n before the relative: "Villen äiti", "Onnin isä".
FINNISH_RELATIVES = frozenset(["äiti", "isä", "äidin", "isän", "vanhemmat", "kaveri", "sisko", "veli", "mummo",
                               "ukki", "perhe"])


# States only people are in after "is": "tindra är sjuk", "saga var ledsen" (not "sol är varm").
IS_STATES = DONE_TO | frozenset(["sjuk", "förkyld", "trött", "blyg", "orolig", "febrig", "magsjuk", "hemma"])


def acts_as_person(after, after_next):
    """Return whether the words after a name say what a person does ("kom hem", "blir retad", "är sjuk")."""
    return after in MOVES and after_next in WHERE_TO or after in BECOMES and after_next in DONE_TO \
        or after in ("är", "var") and after_next in IS_STATES


# "Liv i skolan är tufft": after a place, "is" leaves a word that is a name an ordinary word.
COPULAS = frozenset(["är", "var", "blir", "blev", "is", "was"])


def past_place(words, index, also_word=False):
    """Return the index of the verb after a place that follows the word at index ("Jocke på fritids säger"), or
    None; for a name that is also a word, only a person's verb counts ("liv i 3a blir retad", not "Liv i skolan är")."""
    if index + 2 >= len(words) or words[index + 1].lower not in PLACE_WORDS:
        return None
    place = words[index + 2]
    if place.capitalised and not CLASS_CODE.match(place.lower) and len(place.lower) > 1 \
            and not _group(place.lower):  # "3A" reads as "A"
        return None  # "Stig på Storgatan" may be an address or a greeting, not a place in the school
    if index + 3 >= len(words):
        return None
    after_next = words[index + 4].lower if index + 4 < len(words) else None
    if also_word and words[index + 3].lower in COPULAS and not acts_as_person(words[index + 3].lower, after_next):
        return None
    return index + 3


# The definite endings of the Swedish nouns preschool groups are named by ("Ekorren", "Myran", "Ugglorna").
GROUP_ENDINGS = ("en", "n", "et", "t", "orna", "arna", "erna")


def _group(lower):
    """Return whether a capitalised place is a Swedish noun in the definite form, as preschool groups are named
    ("liv i Ekorren", "Sten på Myran"), not a street or a town ("Storgatan" and "Lund" are no words)."""
    return any(lower.endswith(e) and any(is_word(lower[:-len(e)] + vowel) for vowel in ("", "a", "e"))
               for e in GROUP_ENDINGS) \
        and not lower.endswith(("gatan", "vägen", "torget", "gränd", "stan", "staden"))
