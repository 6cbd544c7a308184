"""The rules a question of the day must follow: a question, in we-form, positive, open (sv and en)."""
import itertools
import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

from .aside import set_aside

LANGUAGES = ("sv", "en")
MIN_WORDS = 3  # "Vad?" or "Hur vi?" asks nothing the parents could talk about

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
CLAUSE_BREAK = re.compile(r"[,:;–—]|\s-\s")
SENTENCE = re.compile(r"[^.!?]+[.!?]*")
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|”[^”]*”|«[^»]*»|'[^']*'(?!\w)")

# Words that tell the languages apart; å/ä/ö count for Swedish too.
FUNCTION_WORDS = {
    "sv": {"och", "att", "det", "som", "vi", "oss", "vår", "våra", "vårt", "hur", "vad", "kan", "för",
           "med", "när", "är", "på", "en", "ett", "av", "till", "de", "inte", "barnen", "barn", "vilka",
           "varför", "ska", "om", "har", "göra", "sig", "man", "jag", "du", "ni"},
    "en": {"the", "and", "to", "we", "us", "our", "how", "what", "can", "is", "are", "of", "in", "for",
           "with", "when", "do", "does", "children", "child", "kids", "not", "which", "why", "should",
           "a", "an", "you", "your", "my", "at", "it", "that", "this", "they", "their", "will"},
}

WE = {"sv": {"vi", "oss", "vår", "vårt", "våra"}, "en": {"we", "us", "our", "ours", "ourselves"}}
# Speaking to someone ("du", "ni", "you") or as oneself ("jag", "I") is not we-form.
ADDRESSED = {"sv": {"du", "dig", "din", "ditt", "dina", "ni", "er", "era", "ert", "jag", "mig", "mej", "min", "mitt", "mina"},
             "en": {"you", "your", "yours", "yourself", "yourselves", "i", "me", "my", "mine", "myself"}}
# "mitt i leken", "mitt på dagen" say "in the middle of", not "my".
MIDDLE = {("mitt", word) for word in ("i", "på", "under", "framför", "emellan", "bland", "emot")}
# Others who are asked to act instead of us: only counts before the first we-word, so
# "Hur kan vi som föräldrar …" passes and "Hur kan föräldrar …" does not.
OTHERS = {"sv": {"man", "föräldrar", "föräldrarna", "förälder", "föräldern", "vårdnadshavare",
                 "vårdnadshavarna", "förskolan", "skolan", "pedagogerna", "pedagoger", "personalen",
                 "lärarna", "lärare", "läraren", "rektorn", "kommunen", "mammor", "pappor"},
          "en": {"parents", "parent", "preschool", "preschools", "school", "schools", "teachers", "teacher",
                 "staff", "people", "mums", "dads", "principal", "municipality", "everybody", "someone"}}

OPEN_WORDS = {"sv": {"hur", "vad", "vilka", "vilken", "vilket", "varför", "när", "var", "vart", "vem", "vems", "vari", "varifrån"},
              "en": {"how", "what", "which", "why", "when", "where", "who", "whom", "whose"}}
PREPOSITIONS = {"sv": {"på", "i", "av", "med", "för", "om", "inom", "kring", "utifrån", "till", "från"},
                "en": {"in", "on", "at", "to", "for", "from", "by", "with", "of", "about"}}
CLOSED_WORDS = {"sv": {"är", "kan", "ska", "skall", "bör", "borde", "har", "hade", "finns", "fanns",
                       "tycker", "tror", "tänker", "vill", "får", "fick", "måste", "behöver", "brukar",
                       "blir", "gör", "gjorde", "känner", "vet", "kommer", "kunde", "skulle", "känns",
                       "verkar", "hjälper", "orkar", "vågar"},
                "en": {"is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should",
                       "would", "will", "shall", "may", "might", "must", "have", "has", "had"}}
# A verb first, then a subject, is a yes/no question in Swedish ("Läser vi …?").
SUBJECTS = {"sv": {"vi", "du", "ni", "de", "dom", "man", "det", "jag", "barnen", "han", "hon", "den"}}
NOT_A_VERB = {"sv": {"om", "när", "eftersom", "då", "så", "och", "men", "att", "en", "ett", "den", "det",
                     "vi", "de", "barnen", "alla", "hemma", "ibland", "i", "på"}}
# "Var" is "where" or "was": "Var det …?" is closed, "Var kan vi …?" is open.
WAS_WHEN_FOLLOWED_BY = {"det", "den", "ni", "vi", "du", "de", "han", "hon", "barnen", "jag"}

NEGATIONS = {"sv": {"inte", "aldrig", "ingen", "inget", "inga", "ej"}, "en": {"not", "never", "no", "nothing", "nobody"}}
WHY = {"sv": "varför", "en": "why"}
# Problem, fault, blame, stopping, avoiding, preventing. Stemmed, so "problemen", "felen", "slutar"
# match too. Words for feelings (ledsen, arg, rädd, sad, angry …) are deliberately absent.
PROBLEM_WORDS = {
    "sv": ["problem", "fel", "sluta", "stoppa", "undvika", "hindra", "förhindra", "förebygga",
           "motverka", "minska", "begränsa", "begränsning", "förbjuda", "förbud", "straffa", "skylla",
           "skuld", "misslyckas", "dålig", "sämre", "klaga", "stökig", "bråkig", "bråk", "tjat",
           "tjata", "besvärlig", "olydig", "misstag", "upphöra", "slippa", "skäll", "skälla", "gnäll",
           "gnälla", "fusk", "fuska", "vägra", "vägrar", "minimera", "banta", "dämpa", "lat", "lata", "skrika", "skrik"],
    "en": ["problem", "wrong", "fault", "blame", "stop", "avoid", "prevent", "quit", "bad", "worse",
           "worst", "fail", "failure", "fight", "fighting", "nag", "nagging", "whine", "whining",
           "misbehave", "misbehaviour", "punish", "punishment", "ban", "forbid", "reduce", "limit",
           "naughty", "lazy", "rude", "disobedient", "mistake", "argument", "argue", "complain",
           "struggle", "cheat", "refuse", "refuses", "refusing", "curb", "restrict", "minimise", "minimize",
           "lessen", "squabble", "squabbling", "bicker", "bickering", "quarrel", "quarrelling", "shout", "shouting",
           "yell", "yelling", "scream", "screaming"],
}
# Problem words that also end compounds: "sömnproblem", "matbråk", "stavfel".
COMPOUND_ENDINGS = {"sv": ("problem", "bråk", "tjat", "fel", "gnäll"), "en": ()}
# Inflected forms whose stem collides with a problem word but mean something else.
NOT_PROBLEMS = {"sv": {"slutet", "slutligen", "skyffel"},
                "en": {"limits", "boundaries", "tantrums"}}
TOO_MUCH = {"sv": ("för", {"mycket", "lite", "många", "få", "länge", "sent"}),
            "en": ("too", {"much", "many", "little", "few", "late", "long"})}
# Cutting down is the problem turned into an amount: "dra ner på gamandet" aims at less of it, not at a goal.
PHRASES = {"sv": (("dra", "ner"), ("drar", "ner"), ("dra", "ned"), ("skära", "ner"), ("få", "ner"), ("få", "ned"),
                  ("trappa", "ner"), ("skruva", "ner")),
           "en": (("cut", "down"), ("cut", "back"), ("get", "rid"), ("scale", "back"), ("rein", "in"),
                  ("wean", "off"))}
GOAL_WORDS = {"sv": {"att"}, "en": {"that", "to", "sure"}}  # "make sure kids don't lie" aims at what should not be
# Less of something is the problem as an amount ("spela mindre", "less hectic"); "de mindre barnen" are the young ones.
LESS = {"sv": ("mindre", {"barn", "barnen", "syskon", "syskonen", "grupper", "grupperna", "klasser", "klasserna"}),
        "en": ("less", set())}


@cache
def stemmer(language):
    """Return the Snowball stemmer for a language."""
    return snowballstemmer.stemmer({"sv": "swedish", "en": "english"}[language])


@lru_cache(maxsize=65536)
def stem(language, word):
    """Return a word's stem, so inflected forms compare equal (cached: the same words come back often)."""
    return stemmer(language).stemWord(word)


@cache
def problem_stems(language):
    """Return the stems of the problem words of a language."""
    return frozenset(stem(language, word) for word in PROBLEM_WORDS[language])


def normalise(text):
    """Return text in one Unicode form, with one kind of apostrophe, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("`", "'")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def words(text, language):
    """Return the lower-case words of a text, English contractions spelled out."""
    found = []
    for token in WORD.findall(text.lower()):
        if language == "en" and "'" in token:
            found.extend(_spell_out(token))
        else:
            found.append(token.replace("'", ""))
    return found


def _spell_out(token):
    head, tail = token.split("'", 1)
    if tail == "t" and head.endswith("n"):
        base = {"wo": "will", "ca": "can", "sha": "shall"}.get(head[:-1], head[:-1])
        return [base, "not"]
    if token == "let's":
        return ["let", "us"]
    expanded = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}.get(tail)
    if expanded:
        return [head, expanded]
    if tail == "s" and head in {"it", "what", "that", "there", "here", "who", "where", "how", "he", "she"}:
        return [head, "is"]
    return [head]


def detect_language(text):
    """Guess whether a text is Swedish or English; Swedish when in doubt."""
    tokens = WORD.findall(text.lower())
    score = {lang: sum(token in FUNCTION_WORDS[lang] for token in tokens) for lang in LANGUAGES}
    score["sv"] += 2 * sum(ch in "åäö" for ch in text.lower())
    return "en" if score["en"] > score["sv"] else "sv"


def sentences(text):
    """Return the sentences of a text."""
    return [part.strip() for part in SENTENCE.findall(text) if part.strip()]


def questions_in(text):
    """Return the sentences that end with a question mark, or the whole text when none does."""
    asked = [part for part in sentences(text) if part.endswith("?")]
    return asked or [text]


def clauses(sentence, language):
    """Return the word lists of a sentence's clauses (split at commas, colons and dashes)."""
    return [_without_lead(tokens, language) for part in CLAUSE_BREAK.split(sentence)
            if (tokens := words(part, language))]


# "Och vem hjälper dem?" is still a question: the conjunction only joins it to the one before.
LEADING_CONJUNCTIONS = {"sv": {"och", "men", "eller"}, "en": {"and", "but", "or"}}


def _without_lead(tokens, language):
    return tokens[1:] if len(tokens) > 1 and tokens[0] in LEADING_CONJUNCTIONS[language] else tokens


def opens_openly(tokens, language):
    """Return whether a clause starts like an open question ("Hur …", "På vilket sätt …", "In what way …")."""
    first = tokens[0]
    if first == "var" and language == "sv" and len(tokens) > 1 and tokens[1] in WAS_WHEN_FOLLOWED_BY:
        return False
    if first in OPEN_WORDS[language]:
        return True
    return (first in PREPOSITIONS[language] and len(tokens) > 1
            and tokens[1] in {"vilket", "vilka", "vilken", "vad", "what", "which", "whom"})


def opens_closed(tokens, language):
    """Return whether a clause starts like a yes/no question ("Kan vi …", "Läser vi …", "Do we …")."""
    first = tokens[0]
    if first in CLOSED_WORDS[language]:
        return True
    return (language == "sv" and len(tokens) > 1 and tokens[1] in SUBJECTS["sv"]
            and first not in NOT_A_VERB["sv"] and first not in OPEN_WORDS["sv"]
            and first not in WE["sv"] | ADDRESSED["sv"] | OTHERS["sv"])


def question_form(text, language):
    """Return "open", "closed" or None (not a question) for a text."""
    forms = set()
    for sentence in questions_in(text):
        parts = clauses(sentence, language)
        if len(words(sentence, language)) < MIN_WORDS:
            forms.add(None)
        elif any(opens_openly(tokens, language) for tokens in parts):
            forms.add("open")
        elif parts and (opens_closed(parts[0], language)
                        or (sentence.endswith("?") and _has_subject(parts[0], language))):
            forms.add("closed")
        else:
            forms.add(None)
    if None in forms:
        return None
    return "closed" if "closed" in forms else "open"


def _has_subject(tokens, language):
    # "Vi kan läsa mer?" is a yes/no question by its question mark alone; "Sömn och vila?" is a title.
    subjects = WE[language] | SUBJECTS.get(language, {"you", "they", "it", "i"})
    return any(token in subjects for token in tokens)


def we_form(text, language):
    """Return whether every question speaks as "we", and the words that speak to or for someone else."""
    offenders, always_we = [], True
    for sentence in questions_in(text):
        tokens = words(QUOTED.sub(" ", sentence), language)
        offenders += [token for i, token in enumerate(tokens)
                      if token in ADDRESSED[language] and tuple(tokens[i:i + 2]) not in MIDDLE]
        first_we = next((i for i, token in enumerate(tokens) if token in WE[language]), None)
        always_we = always_we and first_we is not None
        offenders += [token for i, token in enumerate(tokens[:first_we])
                      if _is_other_actor(tokens, i, language)]
    return always_we, list(dict.fromkeys(offenders))


def _is_other_actor(tokens, i, language):
    token = tokens[i]
    before = tokens[i - 1] if i else ""
    if language == "en" and token == "one":
        return before in {"can", "could", "should", "would", "must", "may", "might", "do", "does"}
    if token not in OTHERS[language] or before in {"en", "a", "som", "as"}:
        return False
    # "förskolan och vi …" acts together with us.
    return tokens[i + 1:i + 3] not in (["och", "vi"], ["and", "we"])


# "Hur kan vi uppmuntra barnen att berätta sanningen även när de har gjort fel?": helping a child
# through a hard moment is a goal; the hard moment after "när"/"when" is not the question's aim.
SUPPORTING = {"sv": re.compile(r"^(hur|vad) kan vi (som föräldrar )?(hjälpa|uppmuntra|stötta|trösta|finnas|bygga|skapa|peppa|stärka|lyfta)\b"),
              "en": re.compile(r"^(how|what) can we (as parents )?(help|encourage|support|comfort|be there|build|create|cheer on|reassure|boost|stand by)\b")}
WHEN = {"sv": {"när", "efter"}, "en": {"when", "after"}}  # "… hitta tillbaka efter ett bråk" helps after it


def problem_words(text, language):
    """Return the words that frame the question around a problem, or [] when it is positive."""
    tokens = words(" ".join(set_aside(" ".join(words(part, language)), language) for part in sentences(text)), language)
    aim = text
    if SUPPORTING[language].match(" ".join(tokens)) and WHEN[language] & set(tokens):
        tokens = tokens[:min(tokens.index(word) for word in WHEN[language] if word in tokens)]
        aim = " ".join(tokens)  # "… stötta barnen när de ska sluta med blöjan, så att olyckor inte …": the help is the aim
    found = []
    stems = problem_stems(language)
    for token in tokens:
        if token in NOT_PROBLEMS[language]:
            continue
        stemmed = stem(language, token)
        if stemmed in stems or any(
                stemmed.endswith(end) and len(stemmed) > len(end) + 2 for end in COMPOUND_ENDINGS[language]):
            found.append(token)
    too, amounts = TOO_MUCH[language]
    found += [f"{a} {b}" for a, b in itertools.pairwise(tokens) if a == too and b in amounts]
    found += [" ".join(pair) for pair in itertools.pairwise(tokens) if pair in PHRASES[language]]
    less, young = LESS[language]
    found += [less for i, token in enumerate(tokens) if token == less and tokens[i + 1:i + 2] not in [[w] for w in young]]
    found += _negative_whys_and_goals(aim, language)
    return list(dict.fromkeys(found))


def _negative_whys_and_goals(text, language):
    """Return "varför … inte" and goals put as what should not happen ("att barnen inte …")."""
    found = []
    for sentence in sentences(text):
        tokens = words(set_aside(" ".join(words(sentence, language)), language), language)
        negations = [token for token in tokens if token in NEGATIONS[language]]
        if WHY[language] in tokens and negations:
            found.append(f"{tokens[tokens.index(WHY[language])]} … {negations[0]}")
            continue
        for i, token in enumerate(tokens):
            if token in GOAL_WORDS[language]:
                near = [t for t in tokens[i + 1:i + 5] if t in {"inte", "aldrig", "not", "never"}]
                if near and not (language == "en" and token == "to" and tokens[i + 1:i + 2] != ["not"]):
                    found.append(f"{token} … {near[0]}")
            if language == "en" and token == "not" and tokens[i + 1:i + 2] == ["to"]:
                found.append("not to")
    return found
