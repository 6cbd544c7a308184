"""The last look at a rewrite: what a person would not write, and what still surveys or jabs, gives way to a goal."""
import re

# "Ni som hämtar sent – hur tänker ni …" singles some parents out; the question reads without the tag.
TAGGED = re.compile(r"^(?:vi som|we who|those of us who)\b[^–—:?]{3,80}?\s*[–—:]\s*(?=\w)", re.IGNORECASE)
THEM = {"sv": "våra barn", "en": "our children"}
# The suggestion stands alone, so "them" right after "How can we help" has no one to point to ("How can we help them
# study? What apps are good?"): it names the children.
BARE_THEM = {"sv": re.compile(r"^((?:hur|vad) (?:kan|ska) vi (?:\w+ )?)(?:dem|dom)\b", re.IGNORECASE),
             "en": re.compile(r"^((?:how|what) (?:can|should) we (?:\w+ )?)them\b", re.IGNORECASE)}
# Disbelief ("actually check", "verkligen vara ute") is a jab at the parents, not part of the question.
JABS = {"sv": re.compile(r"\s+\b(?:egentligen|verkligen|överhuvudtaget|seriöst)\b", re.IGNORECASE),
        "en": re.compile(r"\s+\b(?:actually|really|seriously|even bother to)\b", re.IGNORECASE)}
# Handling the problem is still the aim once it is "we" ("How do you handle jealousy …" → "How can we handle …"):
# the topic's goals say what we want instead.
GIVES_WAY = {"sv": re.compile(r"^hur kan vi( som föräldrar)? (hantera|tackla|bemöta|handskas med|ta itu med)\b",
                              re.IGNORECASE),
             "en": re.compile(r"^how can we( as parents)? (handle|deal with|cope with|tackle|manage)\b", re.IGNORECASE)}
# A goal names what the children should do, without the "not" the teacher's question had: "eat anything green"
# is "eat something green", and "have their wellies" is remembering them.
GOAL_WORDING = {"sv": [(r"\b(hjälpa våra \w+ att) ha (sina|sin|sitt) (\w+)\b(?! med)", r"\1 komma ihåg \2 \3")],
                "en": [(r"\banything\b", "something"), (r"\b(help our \w+) have (their)\b", r"\1 remember \2")]}
GOAL = {"sv": re.compile(r"^(hur kan vi hjälpa|vad kan vi göra för att)\b", re.IGNORECASE),
        "en": re.compile(r"^(how can we help|what can we do so that)\b", re.IGNORECASE)}


# What the parents, now "we", do at "their own workplace" is ours; not after the children ("help our children find their
# own way").
EN_OUR_OWN = re.compile(r"^((?:how|what) can we as parents\b(?:(?!\b(?:children|kids|child|teenagers|they|them)\b).)*?)"
                        r"\btheir own\b", re.IGNORECASE)

# "Varför vill inte de äldre barnen …": "de" was the article of "de äldre barnen", who are now "våra äldre barn".
SV_WHICH_CHILDREN = re.compile(r"\bvåra barn (ska vilja|ska våga|att våga|att) (\w+(?:re|sta)|små|stora) (?:barnen|eleverna|killarna|tjejerna)\b",
                               re.IGNORECASE)


def finish(sentence, language):
    """Return a rewritten sentence as the question to offer ("…?"), or None when it should give way to a goal."""
    if sentence is None:
        return None
    tagged = TAGGED.match(sentence)
    if tagged:  # "them" were the children of the tag: "Ni som har barn i trean – hur kan ni hjälpa dem …"
        sentence = re.sub(r"\b(dem|dom|them)\b", THEM[language], sentence[tagged.end():], count=1)
    sentence = JABS[language].sub("", sentence)
    sentence = BARE_THEM[language].sub(lambda found: found[1] + THEM[language], sentence, count=1)
    if language == "sv":
        sentence = SV_WHICH_CHILDREN.sub(r"våra \2 barn \1", sentence)
    if language == "en":
        sentence = EN_OUR_OWN.sub(r"\1our own", sentence)
    if GIVES_WAY[language].search(sentence):
        return None
    if GOAL[language].match(sentence):
        for pattern, replacement in GOAL_WORDING[language]:
            sentence = re.sub(pattern, replacement, sentence, flags=re.IGNORECASE)
    return sentence[:1].upper() + sentence[1:] + "?"
