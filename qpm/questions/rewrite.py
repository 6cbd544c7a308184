"""Rewrites of an unfit question of the day: the problem turned into a goal, in we-form, open."""
import re

from .fallback import without_the_lack
from .finish import finish
from .verbs import infinitive
from .rules import MIDDLE, OTHERS, WE, WORD, problem_words, question_form, questions_in

# The children a problem question is about, as "our" children.
OUR_CHILDREN = {
    "sv": {"barnen": "våra barn", "barn": "våra barn", "våra barn": "våra barn", "de": "våra barn",
           "dom": "våra barn", "eleverna": "våra barn", "barnet": "vårt barn", "mitt barn": "vårt barn",
           "ditt barn": "vårt barn", "vårt barn": "vårt barn", "ungdomarna": "våra ungdomar",
           "tonåringarna": "våra tonåringar", "vi": "vi"},
    "en": {"the children": "our children", "our children": "our children", "children": "our children",
           "the kids": "our children", "our kids": "our children", "kids": "our children",
           "they": "our children", "my child": "our child", "your child": "our child",
           "the child": "our child", "our child": "our child", "our teenagers": "our teenagers",
           "teenagers": "our teenagers", "we": "we"},
}
# A goal says how well, not how badly: "sover inte ordentligt" becomes "sova gott".
GOOD_WAYS = {"sova": {"ordentligt": "gott", "bra": "gott"}, "sleep": {"properly": "well"}}
SV_WHY_NOT = (r"^varför\s+(?P<verb>\w+)\s+(?:(?:inte|aldrig)\s+(?P<s1>{s})|(?P<s2>{s})\s+(?:inte|aldrig))"
              r"\b(?P<rest>.*)$")
EN_WHY_NOT = (r"^why\s+(?:(?P<aux>do|does|did|will|would|can|could|are|is)(?:n't|\s+not)\s+(?P<s1>{s})"
              r"|(?:do|does|did)\s+(?P<s2>{s})\s+never|(?P<aux2>wo|ca)n't\s+(?P<s3>{s}))\b(?P<rest>.*)$")
SV_TO_US = {"du": "vi", "ni": "vi", "jag": "vi", "man": "vi", "dig": "oss", "mig": "oss", "mej": "oss", "din": "vår",
            "min": "vår", "ditt": "vårt", "mitt": "vårt", "ert": "vårt", "dina": "våra", "mina": "våra", "era": "våra", "er": "vår"}
EN_TO_US = {"i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves", "your": "our",
            "yours": "ours", "yourself": "ourselves", "yourselves": "ourselves", "one": "we"}
SV_AFTER_OBJECT = {"vid", "när", "i", "på", "om", "och", "för", "efter", "innan", "med", "till", "under", "att", "mitt"}
AS_PARENTS = {"sv": "vi som föräldrar", "en": "we as parents"}
PARENT_WORDS = {"föräldrar", "föräldrarna", "förälder", "föräldern", "vårdnadshavare", "vårdnadshavarna",
                "mammor", "pappor", "parents", "parent", "mums", "dads"}
EN_PLURAL = {"does": "do", "is": "are", "was": "were", "has": "have", "am": "are",  # the verb with "we"
             "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
EN_AGREEMENT = [(r"\b(does|is|was|has|am) we\b", EN_PLURAL), (r"\bwe (does|is|was|has|am)\b", EN_PLURAL)]
EN_MANY = {"child": "children", "teenager": "teenagers", "kid": "kids"}  # one family's child, as the group's
THINK_WE = {"sv": r"^(hur|vad|när|var|vilka|vilken|vilket)\s+(?:tycker|tror|tänker)\s+(vi)\s+att\s+vi\s+"
                   r"(ska|skall|bör|borde|kan|måste)\b",
            "en": r"^(how|what|when|where|which)\s+do\s+(we)\s+think\s+(?:that\s+)?we\s+(should|can|could|must)\b"}
BECAUSE = {"sv": r",\s*(?:(?:för|eftersom)\s+(?:när|att|de|dom|det|vi|ni|man|jag|barnen|han|hon)\b|fast\b|trots att\b).*$",
           "en": r",\s*(?:because|since|although|even though|though)\b.*$"}  # ", fast de kunde det" is the problem's past
SV_HOW = {"kan", "ska", "skall", "bör", "borde", "kunde", "skulle", "måste"}
SV_IN_WHAT_WAY = {"är", "finns", "tycker", "tror", "tänker", "känns", "blir", "har", "verkar", "vill",
                  "var", "hade", "fanns", "behöver", "får", "fick", "känner"}
EN_HOW_CAN = {"can", "should", "shall", "must"}
EN_HOW_AS_ASKED = {"could", "would", "will", "may", "might", "do", "does", "did", "have", "has", "had"}
EN_IN_WHAT_WAYS = {"is", "are", "was", "were", "am"}
EN_STATES = {"need", "want", "like", "mind", "think", "believe", "agree", "prefer", "care", "wish", "hope"}  # no "how can"
ANYTHING_WE_CAN = {"sv": (r"^finns det (något|nåt|några sätt)( som)? vi kan\b", "Vad kan vi"),
                   "en": (r"^is there (anything|something)( that)? we can\b", "What can we")}


def rewrite(text, language):
    """Return a rewrite of a question by rule, or None when the rules cannot mend it."""
    if question_form(text, language) is None:
        return None
    sentence = questions_in(text)[0].rstrip(" ?.!")
    # ", för när ni står kvar …" / ", because …" argues for the question; the question reads better alone.
    sentence = re.sub(BECAUSE[language], "", sentence, count=1, flags=re.IGNORECASE)
    sentence = re.sub(CALLED[language], "", sentence, flags=re.IGNORECASE)
    if problem_words(text, language) and not problem_words(sentence, language):
        return None  # the problem is in a lead-in; the question alone would lose what it is about
    if problem_words(sentence, language):
        sentence = positive_goal(sentence, language)
        if sentence is None:
            return None
    return finish(open_up(to_we_form(_how_can(sentence, language), language), language), language)


# ", ni föräldrar?" at the end calls on the parents; as ", vi föräldrar?" it only reads stiffly.
CALLED = {"sv": r",\s*(?:ni|kära|alla)\s+(?:föräldrar|vårdnadshavare)$", "en": r",\s*(?:you|dear|all)\s+parents$"}
# "Hur pratar du med …", "How do you share …" ask how each parent does it (a survey); as a goal the group asks how
# it can: "Hur kan vi prata med …", "How can we share …". Not for being, having or thinking.
SV_HOW_YOU = re.compile(r"^hur (?P<verb>\w+(?:ar|er|ör|år))\s+(?:ni|du)\b", re.IGNORECASE)
SV_PARENTS = re.compile(r"((?:\s+som)?\s+föräldrar\b)?(.*)$", re.IGNORECASE)  # "ni föräldrar" go with "vi"
SV_NOT_HOW = {"gör", "är", "har", "ser", "tycker", "tror", "tänker", "vet", "känner", "går", "blir", "får", "mår"}


def _how_can(sentence, language):
    if language == "en":
        return re.sub(r"^how do you\b(?! (think|and|feel|believe|know)\b)", "how can you", sentence,
                      flags=re.IGNORECASE)
    found = SV_HOW_YOU.match(sentence)
    if not found or found["verb"].lower() in SV_NOT_HOW:
        return sentence
    parents, rest = SV_PARENTS.match(sentence[found.end():]).groups()  # "Hur kan vi föräldrar hinna med …"
    return f"Hur kan vi{parents or ''} {infinitive(found['verb'].lower())}" + rest


def positive_goal(sentence, language):
    """Turn "Varför sover inte barnen …" into the goal "Hur kan vi hjälpa våra barn att sova …"."""
    subjects = "|".join(sorted(map(re.escape, OUR_CHILDREN[language]), key=len, reverse=True))
    pattern = SV_WHY_NOT if language == "sv" else EN_WHY_NOT
    found = re.match(pattern.format(s=subjects), sentence, re.IGNORECASE)
    if not found:
        return None
    parts = found.groupdict()
    subject = next(parts[key] for key in ("s1", "s2", "s3") if parts.get(key))
    ours = OUR_CHILDREN[language][subject.lower()]
    rest = without_the_lack(parts["rest"], language)  # the goal is now: "sova" for "sover inte längre"
    if language == "sv":
        verb = infinitive(parts["verb"].lower())
        goal = " ".join(filter(None, [verb, rest]))
        goal = _good_ways(goal)
        if ours == "vi":
            return f"Hur kan vi {goal}"
        # not wanting becomes wanting: "ska vilja gå till förskolan"; helping no "hjälpa … att hjälpa till"
        if parts["verb"].lower() == "vill" or verb == "hjälpa":
            return f"Vad kan vi göra för att {ours} ska vilja {goal}"
        return f"Hur kan vi hjälpa {ours} att {goal}"
    if parts.get("aux") in {"are", "is"}:
        rest = "be " + rest
    rest = re.sub(r"^(\w+) any\b\s*", r"\1 ", rest)  # "can't find any places" → "find places"
    rest = re.sub(r"^know how to\b", "learn how to", rest)  # "don't know how to play" → "learn how to play"
    goal = _good_ways(rest)
    if ours == "we":
        return f"How can we {goal}"
    if goal.startswith("help "):  # "Why won't kids help clear …": not "help our children help", but wanting to
        return f"What can we do so that {ours} want to {goal}"
    return f"How can we help {ours} {goal}"


def _good_ways(goal):
    first = goal.split(" ", 1)[0].lower()
    for bad, good in GOOD_WAYS.get(first, {}).items():
        goal = re.sub(rf"\b{bad}\b", good, goal)
    return goal


def to_we_form(sentence, language):
    """Say "we" where a question speaks to, as or about someone else ("Hur kan föräldrar …")."""
    tokens = list(WORD.finditer(sentence))
    lowered = [match.group().lower() for match in tokens]
    first_we = next((i for i, token in enumerate(lowered) if token in WE[language]), len(lowered))
    pieces, end, third = [], 0, False
    for i, match in enumerate(tokens):
        token = lowered[i]
        new = _as_we(token, lowered, i, i < first_we, language)
        third = third or (new is not None and (token in {"man", "one"} or token in OTHERS[language]))
        if new is not None:
            pieces += [sentence[end:match.start()], new]
            end = match.end()
    sentence = "".join(pieces) + sentence[end:]
    if third:
        sentence = _our_reflexives(sentence, language)
    sentence = re.sub(r"\b(vi|we) (vi|we)\b", r"\1", sentence)  # "ni föräldrar" → "vi som föräldrar", once
    # "du och din partner" are two of the parents who are "we" now.
    sentence = re.sub(r"\b(vi|we) (och|and) (vår|our) (partner|sambo|man|fru|make|maka|husband|wife)\b", r"\1",
                      sentence)
    if language == "sv":
        sentence = re.sub(r"\bvi( som föräldrar)? och vi( som föräldrar)?\b", "vi tillsammans", sentence)
        sentence = re.sub(r"\bvi som förälder\b", "vi som föräldrar", sentence)
    else:
        sentence = re.sub(r"\b[Tt]he (we)\b", r"\1", sentence)
        sentence = re.sub(r"\bwe( as parents)? and we( as parents)?\b", "we together", sentence)
        sentence = re.sub(r"\bwe as a parent\b", "we as parents", sentence)
        for pattern, fixes in EN_AGREEMENT:
            sentence = re.sub(pattern, lambda m, fixes=fixes: m.group().replace(m.group(1), fixes[m.group(1)]),
                              sentence)
    # "Hur tycker ni att vi ska göra …" asked the parents' opinion of our plan; as "we" it is our plan.
    sentence = re.sub(THINK_WE[language], r"\1 \3 \2", sentence, count=1, flags=re.IGNORECASE)
    if not any(token in WE[language] for token in WORD.findall(sentence.lower())):
        sentence = _our_children(sentence, language)
    return _our_children_plural(sentence, language)


# A group of parents asks about their children, not one couple's child: "vårt barn" → "våra barn" where
# nothing has to agree with it; otherwise it stays (and the suggestions give way to the topic's goals).
SV_AGREES = re.compile(r"\bvårt barn\b(?=.*\b(är|blir|var|blev|känns|verkar|det|den|sig själv)\b)", re.IGNORECASE)


def _our_children_plural(sentence, language):
    if language == "sv":
        return sentence if SV_AGREES.search(sentence) else re.sub(r"\bvårt barn\b", "våra barn", sentence)

    def plural(found):
        verb, many = found["verb"], "our " + EN_MANY[found["who"].lower()]
        if not verb or verb.lower() in EN_PLURAL:
            return many + (" " + EN_PLURAL[verb.lower()] if verb else "")
        return found.group()  # "our child downloads": the verb would have to change with it
    return re.sub(r"\bour (?P<who>child|teenager|kid)\b(?!')(?:\s+(?P<verb>(?:does|is|was|has)n't|is|was|has|does|\w+s)\b)?",
                  plural, sentence)


# What a third-person subject did to itself ("man … sitt barn", "parents … their kids") is ours once it is "we";
# only up to the first clause word, since "barnen att ta hand om sina pengar" is the children's own.
SV_REFLEXIVE = {"sin": "vår", "sitt": "vårt", "sina": "våra", "sig": "oss", "själv": "själva"}
EN_REFLEXIVE = {"one's": "our", "oneself": "ourselves", "themselves": "ourselves"}
CLAUSE_WORDS = {"att", "när", "om", "så", "som", "eftersom", "innan", "medan", "tills", "to", "when", "if", "that",
                "so", "who", "because", "before", "while", "until"}
EN_CHILD_WORDS = {"children", "child", "kids", "kid", "son", "daughter", "teenager", "teenagers", "teens"}
# "ens" is "man"'s own anywhere in the sentence ("om ens barn blir mobbat"), but "inte ens" is "not even".
SV_ONES = re.compile(r"(?<!inte )(?<!ej )(?<!knappt )\bens\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE)
SV_NEUTER = {"barn", "hem", "liv", "jobb", "ansvar", "beteende", "mående"}


def _our_ones(sentence):
    def ours(found):
        noun = found["noun"]
        plural = noun.lower().endswith(("ar", "er", "or", "na")) and noun.lower() not in SV_NEUTER
        return ("våra" if plural else "vårt" if noun.lower() in SV_NEUTER else "vår") + " " + noun
    return SV_ONES.sub(ours, sentence)


def _our_reflexives(sentence, language):
    if language == "sv" and re.search(r"\bvi\b", sentence, re.IGNORECASE):
        sentence = _our_ones(sentence)
    tokens = list(re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", sentence))
    lowered = [match.group().lower() for match in tokens]
    start = next((i for i, token in enumerate(lowered) if token in {"vi", "we"}), None)
    if start is None:
        return sentence
    if lowered[start + 1:start + 3] in (["som", "föräldrar"], ["som", "förälder"]):
        start += 2  # "vi som föräldrar" is still the subject
    pieces, end = [], 0
    for i in range(start + 1, len(tokens)):
        token = lowered[i]
        if token in CLAUSE_WORDS:
            break
        new = SV_REFLEXIVE.get(token) if language == "sv" else EN_REFLEXIVE.get(token)
        if language == "en" and token == "their" and lowered[i + 1:i + 2] and lowered[i + 1].removesuffix("'s") in EN_CHILD_WORDS:
            new = "our"
        if new:
            pieces += [sentence[end:tokens[i].start()], new]
            end = tokens[i].end()
    return "".join(pieces) + sentence[end:]


def _as_we(token, lowered, i, before_we, language):
    before = lowered[i - 1] if i else ""
    if before in {"som", "as"}:
        return None  # "ni som föräldrar" becomes "vi som föräldrar", not "vi som vi som föräldrar"
    if language == "sv" and token in SV_TO_US and (token != "man" or before_we) and tuple(lowered[i:i + 2]) not in MIDDLE:
        # "tar ni på er vid lämningen", "hjälper er med": 'er' as an object is "oss", not "vår".
        if token == "er" and (i + 1 == len(lowered) or lowered[i + 1] in SV_AFTER_OBJECT):
            return "oss"
        return SV_TO_US[token]
    if language == "en" and token == "you" and before == "thank":
        return None  # "say thank you" is a phrase, not the parents
    if language == "en" and token == "you":
        return "we" if i == 0 or before in {"can", "could", "should", "do", "did", "will", "would", "when",
                                            "if", "that", "so", "are", "have"} else "us"
    if language == "en" and token in EN_TO_US and (token != "one" or before in {"can", "could", "should",
                                                                                "does", "do", "would"}):
        return EN_TO_US[token]
    # Only as the one who acts, near the start ("Hur kan föräldrar …"), never "starting school" → "starting we",
    # nor the first part of a noun ("Is preschool class too early …").
    if (before_we and i <= 3 and token in OTHERS[language] and token not in {"man", "one"}
            and lowered[i + 1:i + 2] not in (["class"], ["year"], ["run"], ["age"], ["day"], ["trip"], ["staff"])):
        return AS_PARENTS[language] if token in PARENT_WORDS else ("vi" if language == "sv" else "we")
    return None


def _our_children(sentence, language):
    # A question about "the children" becomes one about "our children".
    if language == "sv":
        return re.sub(r"\b(barnen|barn)\b", "våra barn", sentence, count=1, flags=re.IGNORECASE)
    return re.sub(r"\b(the children|children|the kids|kids)\b", "our children", sentence, count=1,
                  flags=re.IGNORECASE)


def open_up(sentence, language):
    """Turn a yes/no question into an open one ("Kan vi …" → "Hur kan vi …"), None when it is not ours to ask."""
    if question_form(sentence + "?", language) != "closed":
        return sentence
    pattern, opening = ANYTHING_WE_CAN[language]
    if re.match(pattern, sentence, re.IGNORECASE):
        return re.sub(pattern, opening, sentence, count=1, flags=re.IGNORECASE)
    first, _, rest = sentence.partition(" ")
    verb = first.lower().replace("’", "'")
    # "Kan vi inte bara …?" and "Can't we just …?" suggest; the open question just asks.
    if language == "sv":
        rest = re.sub(r"^(\w+) inte (bara )?", r"\1 ", rest)
    elif verb.endswith("n't"):
        verb = {"won't": "will", "can't": "can", "shan't": "shall"}.get(verb, verb[:-3])
        rest = re.sub(r"^(\w+) just ", r"\1 ", rest)
    subject, _, after = rest.partition(" ")
    if subject.lower() not in {"vi", "we"}:
        # "Får barnen …?", "Is it okay …?" ask whether something is so; "How can we …" would change the
        # question, so the topic's goals speak instead.
        return None
    if language == "sv":
        if after.lower().startswith("som föräldrar "):  # "Vet vi som föräldrar …" → "Hur kan vi som föräldrar veta …"
            subject, after = "vi som föräldrar", after[14:]
        if verb in SV_HOW:
            return f"Hur kan {rest}"
        if verb in SV_IN_WHAT_WAY:
            return f"På vilket sätt {verb} {rest}"
        return f"Hur kan {subject.lower()} {infinitive(verb) or verb} {after}".rstrip()  # "Läser vi …" → "Hur kan vi läsa …"
    if verb in EN_HOW_CAN:
        return f"How can {rest}"
    if verb in EN_IN_WHAT_WAYS:
        return f"In what ways {verb} {rest}"
    # "Do we read enough …?" → "How can we read enough …?"; not "Have we …?", nor a state ("How can we need …").
    state = re.sub(r"^(?:really|actually|even|still|all) ", "", after).split(" ")[0].lower() in EN_STATES \
        or re.match(r"(?:have|need|got) to\b", after, re.IGNORECASE)  # "Do we have to …?" asks whether
    return f"How can we {after}" if verb in EN_HOW_AS_ASKED - {"have", "has", "had"} and after and not state else None
