"""A demand ("Vi måste …", "Barnen måste …", "Children must …") asked as the goal it names, in the teacher's words."""
import re

from .rewrite import to_we_form
from .rules import NEGATIONS, problem_words, words

# Who must: we (or the parents, or "you") must do something ourselves; the children must reach something.
SV_US = r"vi(?: som)? föräldrar|vi|ni(?: som)? föräldrar|ni|du|man|föräldrar(?:na)?|vårdnadshavare"
SV_THEM = r"barnen|barn|våra barn|alla barn|eleverna|ungarna|tonåringarna|våra tonåringar"
EN_US = r"we(?: as)? parents|we|you(?: as)? parents|you|parents|the parents|one"
EN_THEM = r"the children|children|our children|all children|the kids|kids|our kids|the pupils|pupils|teenagers"
SV_MUST = re.compile(rf"^(?:(?P<us>{SV_US})|(?P<them>{SV_THEM}))\s+(?:måste|behöver)\s+(?P<rest>\w.*)$",
                     re.IGNORECASE)
EN_MUST = re.compile(rf"^(?:(?P<us>{EN_US})|(?P<them>{EN_THEM}))\s+(?:must|have\s+to|need\s+to|really\s+need\s+to)"
                     rf"\s+(?P<rest>\w.*)$", re.IGNORECASE)
PARENTS = re.compile(r"föräldrar|vårdnadshavare|parents", re.IGNORECASE)


def demand_goal(text, language):
    """Return "Vi måste prata om skärmtiden." as "Hur kan vi prata om skärmtiden?", "Barnen måste röra sig mer." as
    "Vad kan vi göra för att våra barn ska röra sig mer?"; None for a question, a ban or a demand to stop."""
    sentence = text.strip()
    if sentence.endswith("?") or len(re.findall(r"[.!?]", sentence.rstrip(".!"))) > 0:
        return None  # one demand, not a question nor several sentences
    sentence = sentence.rstrip(" .!")
    found = (SV_MUST if language == "sv" else EN_MUST).match(sentence)
    if not found:
        return None
    rest = found["rest"]
    # "Barnen måste sluta slåss", "must not …": the demand is the problem; the topic's goals say what we want.
    if problem_words(rest, language) or NEGATIONS[language] & set(words(rest, language)):
        return None
    if found["us"]:
        # "Parents need to label their children's clothes" is ours to do: the parents become "we as parents", and
        # what was theirs becomes ours, as when a question asks "Hur kan föräldrar …".
        who = re.sub(r"^(?:vi|we)(?: as| som)? ", "", found["us"], flags=re.IGNORECASE)
        who = who if PARENTS.search(who) else found["us"].lower()  # "man", "du", "you" become "we" there too
        return to_we_form(f"{'Hur kan' if language == 'sv' else 'How can'} {who} {rest}", language) + "?"
    if language == "sv":
        return f"Vad kan vi göra för att våra barn ska {rest}?"
    return f"What can we do so that our children {rest}?"
