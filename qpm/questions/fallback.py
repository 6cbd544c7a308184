"""Templates in the teacher's own words: a question no rule or topic fits, asked openly as "we"; "Barn som inte vill …" as a goal."""
import re

from .rules import NEGATIONS, problem_words, questions_in, words
from .topics import problem_nouns

# "Ska vi ha samma regler …?" asks whether; "Hur tänker vi kring att ha samma regler …?" keeps every word.
SV_WHETHER = re.compile(r"^(?:ska|skall|bör|borde)\s+vi\s+(?:inte\s+)?(?P<rest>\w.*)$", re.IGNORECASE)
SV_IS_IT = re.compile(r"^är\s+det\s+(?:okej|ok|rimligt|normalt|bra|vanligt)\s+att\s+(?P<rest>\w.*)$", re.IGNORECASE)
EN_WHETHER = re.compile(r"^(?:should|shall)\s+we\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
EN_IS_IT = re.compile(r"^is\s+it\s+(?:okay|ok|alright|all\s+right|fine|normal|good)\s+to\s+(?P<verb>[a-z]+)\b"
                      r"(?P<rest>.*)$", re.IGNORECASE)
# "Barn som gråter vid lämningen." names the children we want to help.
SV_CHILDREN_WHO = re.compile(r"^(?P<who>barn|ungdomar|tonåringar|elever|småbarn)\s+som\s+(?P<rest>\w.*)$",
                             re.IGNORECASE)
EN_CHILDREN_WHO = re.compile(r"^(?P<who>children|kids|teenagers|teens|pupils|toddlers)\s+who\s+(?P<rest>\w.*)$",
                             re.IGNORECASE)
# "Varför tar barnen saker …?" asks for a cause; "Hur kan vi hjälpa våra barn när de tar saker …?" asks for help.
SV_WHY = re.compile(r"^varför\s+(?P<verb>\w+)\s+(?:barnen|barn|våra\s+barn|de|dom|ungarna)\s+(?P<rest>\w.*)$",
                    re.IGNORECASE)
EN_WHY = re.compile(r"^why\s+(?:(?P<do>do)|(?P<verb>are|were))\s+(?:the\s+|our\s+)?(?:kids|children|they)\s+"
                    r"(?P<rest>\w.*)$", re.IGNORECASE)
VOWELS = set("aeiou")
# "Barn som inte vill vila på förskolan" names what we want for them once the "inte vill" goes: "att vila på förskolan".
# Not wanting becomes wanting ("ska vilja vila"), not daring becomes daring, not managing becomes help to manage.
SV_WHO_WONT = re.compile(r"^(?P<who>barn|barnen|ungdomar|tonåringar|elever|eleverna|småbarn)\s+som\s+"
                         r"(?:(?:inte|aldrig)\s+(?:(?P<want>vill)|(?P<dare>vågar)|kan|orkar|klarar\s+av\s+att|hinner)"
                         r"(?:\s+att)?|(?P<refuse>vägrar)(?:\s+att)?)\s+(?P<rest>\w.*)$", re.IGNORECASE)
EN_WHO_WONT = re.compile(r"^(?P<who>children|kids|teenagers|teens|pupils|toddlers)\s+who\s+"
                         r"(?:(?P<want>won't|will\s+not|refuse\s+to|don't\s+want\s+to|do\s+not\s+want\s+to"
                         r"|never\s+want\s+to)|(?P<dare>don't\s+dare\s+to|are\s+afraid\s+to)|can't|cannot|can\s+not)"
                         r"\s+(?P<rest>\w.*)$", re.IGNORECASE)
# "Min son vill inte gå till skolan", "Our son refuses to …": one child or the children as the subject.
SV_ONE_WONT = re.compile(r"^(?P<who>(?:min|vår|vårt|våra)\s+(?:son|dotter|barn|pojke|flicka|kille|tjej|grabb|tonåring|tonåringar)"
                         r"|barnen|ungarna|eleverna|tonåringarna)\s+(?:(?P<want>vill)\s+(?:inte|aldrig)|(?P<dare>vågar)\s+inte"
                         r"|(?P<refuse>vägrar))(?:\s+att)?\s+(?P<rest>\w.*)$", re.IGNORECASE)
EN_ONE_WONT = re.compile(r"^(?P<who>(?:my|our)\s+(?:son|daughter|child|boy|girl|kids|children|teenager|teenagers|teen)"
                         r"|the\s+(?:kids|children)|kids|children)\s+(?:(?P<want>won't|will\s+not|refuses?\s+to"
                         r"|doesn't\s+want\s+to|don't\s+want\s+to|never\s+wants?\s+to)|(?P<dare>daren't|doesn't\s+dare\s+to"
                         r"|don't\s+dare\s+to|is\s+afraid\s+to|are\s+afraid\s+to))\s+(?P<rest>\w.*)$", re.IGNORECASE)
# "Våra barn har svårt att vänta på sin tur" names what to help them with.
SV_HARD = re.compile(r"^(?P<who>(?:min|vår|vårt|våra)\s+\w+|barnen|barn|ungarna|eleverna|tonåringarna|många barn)\s+"
                     r"har\s+(?:så\s+|lite\s+|jätte)?svårt\s+(?:för\s+)?att\s+(?P<rest>\w.*)$", re.IGNORECASE)
EN_HARD = re.compile(r"^(?P<who>(?:my|our)\s+\w+|the\s+(?:kids|children)|kids|children|many\s+(?:kids|children))\s+"
                     r"(?:finds?\s+it\s+(?:so\s+|really\s+)?(?:hard|difficult)\s+to|struggles?\s+to)\s+(?P<rest>\w.*)$",
                     re.IGNORECASE)
# One child's things become the children's once the goal is about "our children".
EN_THEIRS = [(r"\b(?:his|her)\b", "their"), (r"\b(?:himself|herself)\b", "themselves"), (r"\b(?:him)\b", "them")]
SV_THEIRS = [(r"\bsjälv\b", "själva"), (r"\bensam\b", "ensamma")]  # "våga sova själv" → "våra barn … själva"
SV_OURS = {"ungdomar": "våra ungdomar", "tonåringar": "våra tonåringar"}
EN_OURS = {"teenagers": "our teenagers", "teens": "our teenagers"}
# Words that only make sense with the "not" that the goal drops: "leka själva en enda minut", "eat any vegetables".
NEGATIVE_POLARITY = {"sv": [(r"\s+(?:alls|någonsin|ens|längre|(?:i\s+)?en\s+enda\s+(?:minut|sekund|stund|gång|dag))\b", ""),
                            (r"\ben\s+enda\b", "en"), (r"\bförrän\b", "före"),
                            (r"\bvarken\s+(.+?)\s+eller\b", r"både \1 och")],
                     "en": [(r"\s+(?:at\s+all|ever|anymore|any\s+more|(?:for\s+)?a\s+single\s+(?:minute|second|moment|day))\b",
                             ""), (r"\ba\s+single\b", "a"), (r"(?<=\s)any\s+(?=\w)", ""),
                            (r"\banything\b", "something"), (r"(?<!\w)even\s+(?!(?:when|if|though|so|more|less|better|worse)\b)(?=\w)", ""), (r"\bany(one|body)\b", r"some\1"),
                            (r"\beither\s+(.+?)\s+or\b", r"both \1 and"), (r"\bbe\s+bothered\s+to\b", "want to")]}
# A "men …" / "but …" after what they will not do is the problem again ("men är helt slut vid tre").
INSTEAD = {"sv": re.compile(r"\s+(?:(?:och|utan)\s+(?:bara|sen|sedan|i ?stället|hellre)|men|om inte|utom när)\b.*$"
                            r"|,?\s+(?:fast|trots att|även om)\s.*$|,\s*(?:de|dom|han|hon|hen|det|vi|man)\s.*$",
                            re.IGNORECASE),
           "en": re.compile(r"\s+(?:and\s+(?:just|then|instead|rather)|but|unless)\b.*$"
                            r"|,?\s+(?:although|though|even though)\s.*$|,\s*(?:they|he|she|it|we|you)\s.*$",
                            re.IGNORECASE)}
# "Kids who think it's funny to leave others out, and parents who defend them" blames a second group: no help for them.
AND = {"sv": " och ", "en": " and "}
BLAMED_TOO = re.compile(r"\b(?:föräldrar|föräldrarna|vuxna|parents|adults)\s+(?:som|who)\b", re.IGNORECASE)


def own_goal(text, language):
    """Return "Barn som inte vill vila …" as the goal "Hur kan vi hjälpa våra barn att vila …?", else None."""
    sentence = questions_in(text)[0].strip().rstrip(" ?.!")
    found = ((SV_WHO_WONT if language == "sv" else EN_WHO_WONT).match(sentence)
             or (SV_ONE_WONT if language == "sv" else EN_ONE_WONT).match(sentence))
    hard = None if found else (SV_HARD if language == "sv" else EN_HARD).match(sentence)
    if hard:
        return _help_with(hard["rest"], language)
    if not found:
        return None
    rest = found["rest"]
    for pattern, replacement in EN_THEIRS if language == "en" else SV_THEIRS:
        rest = re.sub(pattern, replacement, rest)
    rest = without_the_lack(rest, language)
    if not rest or _negated(rest, language) or _clause(rest, language):
        return None
    who = found["who"].lower()
    if language == "sv":
        ours = SV_OURS.get(who, "våra barn")
        if found["want"] or found["refuse"]:
            return f"Vad kan vi göra för att {ours} ska vilja {rest}?"
        return f"Hur kan vi hjälpa {ours} att {'våga ' if found['dare'] else ''}{rest}?"
    ours = EN_OURS.get(who, "our children")
    if found["want"]:
        return f"What can we do so that {ours} want to {rest}?"
    return f"How can we help {ours} {'dare to ' if found['dare'] else ''}{rest}?"


def without_the_lack(rest, language):
    """Return what the children should do once the "not" is gone: no word that needs the "not" ("alls", "förrän",
    "varken … eller"), nor what they do instead, nor a second clause about the problem."""
    for pattern, replacement in NEGATIVE_POLARITY[language]:
        rest = re.sub(pattern, replacement, rest)
    # "… can't be bothered to revise and just wing every test": what they do instead is not part of the goal.
    return _without_problem_tail(INSTEAD[language].sub("", rest).strip(), language)


def _without_problem_tail(rest, language):
    """Return a goal without a second clause about the problem: "gå ut när det regnar och står och gråter" → "gå ut …"."""
    head, joined, tail = rest.partition(AND[language])
    return head if joined and (problem_nouns(tail, language) or problem_words(tail, language)) else rest


def _help_with(rest, language):
    """Return "Hur kan vi hjälpa våra barn att …?" for what the children find hard, None when it is negated."""
    for pattern, replacement in EN_THEIRS if language == "en" else SV_THEIRS:
        rest = re.sub(pattern, replacement, rest)
    if _negated(rest, language):
        return None
    if language == "sv":
        return f"Hur kan vi hjälpa våra barn att {rest}?"
    return f"How can we help our children {rest}?"


def fallback(text, language):
    """Return the question in the teacher's own words as an open we-question, or None when no template fits."""
    sentence = questions_in(text)[0].strip().rstrip(" ?.!")
    if language == "sv":
        found = SV_WHETHER.match(sentence) or SV_IS_IT.match(sentence)
        # "Är det rimligt att en sjuan-elev gråter …" asks our opinion of a situation, not of something we do.
        if found and not (found.re is SV_IS_IT and (words(found["rest"], language) or [""])[0] in SITUATION):
            return f"Hur tänker vi kring att {found['rest']}?"
        found = SV_CHILDREN_WHO.match(sentence)
        if found and not _negated(found["rest"], language) and not BLAMED_TOO.search(found["rest"]):
            return f"Hur kan vi hjälpa {found['who'].lower()} som {found['rest']}?"
        found = SV_WHY.match(sentence)
        if found and not _negated(found["rest"], language) and not problem_words(found["rest"], language):
            return f"Hur kan vi hjälpa våra barn när de {found['verb'].lower()} {found['rest']}?"
        return None
    found = EN_WHETHER.match(sentence) or EN_IS_IT.match(sentence)
    if found:
        return f"What do we think about {gerund(found['verb'].lower())}{found['rest']}?"
    found = EN_CHILDREN_WHO.match(sentence)
    if found and not _negated(found["rest"], language) and not BLAMED_TOO.search(found["rest"]):
        return f"How can we help {found['who'].lower()} who {found['rest']}?"
    found = EN_WHY.match(sentence)
    if found and not _negated(found["rest"], language) and not problem_words(found["rest"], language):
        verb = "" if found["do"] else found["verb"].lower() + " "
        return f"How can we help our children when they {verb}{found['rest']}?"
    return None


def _clause(rest, language):
    # "vill inte att vi går" wants something of others: "ska vilja vi går" would not be Swedish.
    first = (words(rest, language) or [""])[0]
    return language == "sv" and (first in SV_SUBJECTS or first.endswith(("arna", "erna", "orna")))


SITUATION = {"en", "ett", "våra", "vårt", "vår", "barnen", "barn", "eleverna", "ungarna", "de", "dom", "han", "hon", "hen",
             "man", "det", "någon", "ingen", "alla", "vi", "ni", "du", "jag"}
SV_SUBJECTS = {"vi", "ni", "de", "dom", "jag", "du", "han", "hon", "man", "det", "den", "någon", "ingen", "alla",
               "mamma", "pappa", "fröken"}


def _negated(clause, language):
    # "Barn som aldrig …" would keep the lack as the aim; the topic's goals or nothing serve better.
    return bool(NEGATIONS[language] & set(words(clause, language)))


def gerund(verb):
    """Return the -ing form of an English verb ("have" → "having", "stop" → "stopping", "lie" → "lying")."""
    if verb in {"be", "see", "agree", "free"}:
        return verb + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    one_vowel = sum(ch in VOWELS for ch in verb) == 1
    if (one_vowel and len(verb) <= 4 and verb[-1] not in VOWELS | set("wxy") and verb[-2] in VOWELS):
        return verb + verb[-1] + "ing"  # "stop" → "stopping", "let" → "letting"
    return verb + "ing"
