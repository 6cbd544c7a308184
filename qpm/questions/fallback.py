"""Templates for a question no rewrite rule or topic fits: the teacher's own words, asked openly and as "we"."""
import re

from .rules import NEGATIONS, questions_in, words

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


def fallback(text, language):
    """Return the question in the teacher's own words as an open we-question, or None when no template fits."""
    sentence = questions_in(text)[0].strip().rstrip(" ?.!")
    if language == "sv":
        found = SV_WHETHER.match(sentence) or SV_IS_IT.match(sentence)
        if found:
            return f"Hur tänker vi kring att {found['rest']}?"
        found = SV_CHILDREN_WHO.match(sentence)
        if found and not _negated(found["rest"], language):
            return f"Hur kan vi hjälpa {found['who'].lower()} som {found['rest']}?"
        found = SV_WHY.match(sentence)
        if found and not _negated(found["rest"], language):
            return f"Hur kan vi hjälpa våra barn när de {found['verb'].lower()} {found['rest']}?"
        return None
    found = EN_WHETHER.match(sentence) or EN_IS_IT.match(sentence)
    if found:
        return f"What do we think about {gerund(found['verb'].lower())}{found['rest']}?"
    found = EN_CHILDREN_WHO.match(sentence)
    if found and not _negated(found["rest"], language):
        return f"How can we help {found['who'].lower()} who {found['rest']}?"
    found = EN_WHY.match(sentence)
    if found and not _negated(found["rest"], language):
        verb = "" if found["do"] else found["verb"].lower() + " "
        return f"How can we help our children when they {verb}{found['rest']}?"
    return None


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
