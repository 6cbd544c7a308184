"""Problem framings a question can hide behind a "we": why-questions, getting rid of things, swapped pronouns."""
import re

from .rules import WE, clauses, opens_openly, questions_in, words
from .topics import problem_nouns

# Aiming to remove or stop something ("Vad gör vi åt …", "get rid of", "keep kids from").
DO_ABOUT = {
    "sv": [r"\bg(?:ör|öra|örs|jort)\s+(?:\w+\s+){0,2}åt\b", r"\bblir?\s+(?:\w+\s+){0,2}av\s+med\b",
           r"\bslipp(?:a|er)\b", r"\bstopp(?:a|ar)\b", r"\bfår?\s+(?:\w+\s+){0,3}bort\b", r"\bfår?\s+(?:\w+\s+){0,3}att\s+sluta\b",
           r"\bsätta\s+stopp\b", r"\bfår?\s+(?:\w+\s+){0,4}att\s+(?:försvinna|gå\s+över)\b", r"\bkomma\s+till\s+rätta\s+med\b", r"\bsätta\s+p\s+för\b",
           r"\bfår?\s+(?:\w+\s+){0,3}att\s+(?:inte|låta\s+bli)\b", r"\bhålla\s+(?:\w+\s+){0,3}borta\s+från\b",
           r"\bgöra\s+(?:\w+\s+)?mot\s+(?!varandra)",
           r"\b(?:får?|tar?)\s+(?:\w+\s+){0,3}(?:ur\s+(?:\w+\s+)?händerna|ifrån)\b",  # taking the thing away
           r"\bavvänj(?:a|er|ning)\b", r"\bbryt(?:a|er)\s+(?:\w+\s+)?van(?:an|orna)\b", r"(?<=\w)\s+vad\s+(?:gör|ska|skall)\s+vi(?:\s+göra)?$"],
    "en": [r"\bdo\s+about\b", r"\bget(?:ting)?\s+rid\s+of\b", r"\bkeep(?:ing)?\s+(?:[\w'-]+\s+){0,8}from\b",
           r"\bstop(?:ping)?\s+(?:[\w'-]+\s+){0,3}from\b", r"\bput\s+an\s+end\s+to\b",
           r"\bmake\s+(?:\w+\s+){0,5}(?:stop|go\s+away|disappear)\b", r"\bcut(?:ting)?\s+out\b", r"\bget\s+(?:\w+\s+){0,3}to\s+stop\b", r"\bstamp\s+out\b",
           r"\bcrack\s+down\b", r"\bclamp\s+down\b", r"\bkeep(?:ing)?\s+(?:[\w'-]+\s+){0,3}(?<!drop\s)(?:off|away\s+from)\b",
           r"\bdo\s+(?:\w+\s+)?against\b",
           r"\b(?:get|take|prise|pry)(?:ting)?\s+(?:[\w'-]+\s+){0,3}(?:out\s+of\s+(?:[\w'-]+\s+){0,2}hands|away\s+from)\b",
           r"\bwean(?:ing)?\s+(?:\w+\s+){0,6}off\b", r"\bnip\s+(?:\w+\s+){0,12}in\s+the\s+bud\b",
           r"\bbreak(?:ing)?\s+(?:the|that|this|their|our)\s+(?:\w+\s+)?habit\b", r"(?<=\w)\s+what\s+(?:do|should|can)\s+we\s+do$"],  # "…, what do we do?"
}
# Handling the problem itself: "Hur kan vi hantera mobbningen?" keeps the talk in the bullying.
HANDLE = {"sv": {"hantera", "hanterar", "tackla", "bemöta", "ta", "tar", "motarbeta", "bekämpa"},
          "en": {"handle", "deal", "tackle", "manage", "combat", "fight", "address", "cope"}}
# Asking how big a problem is ("Hur vanligt är det att …", "How bad is …") keeps the talk in the problem.
# Anywhere, so a tail ("Barnen som spelar hela helgerna – hur illa är det egentligen?") counts too.
PROBLEM_SIZE = {"sv": r"\bhur (vanligt|vanliga|illa|farligt|stort (är )?(problemet|problem)|långt efter)\b|^hur många barn\b",
                "en": r"\bhow (common|bad|serious|dangerous|widespread|far behind)\b|^how many (kids|children)\b"}
WHY_OPENINGS = {"sv": ("varför", "hur kommer det sig"), "en": ("why", "how come")}
# A why-question about something good ("Varför är det viktigt att vi läser …") asks for meaning.
GOOD_REASONS = {"sv": {"viktigt", "viktig", "viktiga", "bra", "roligt", "kul", "värdefullt", "meningsfullt",
                       "gott", "fint", "glädje", "behöver"},
                "en": {"important", "good", "fun", "valuable", "meaningful", "worthwhile", "great",
                       "joy", "helpful", "need", "needs"}}


# "… fast de har haft en bra dag", "… even though they had a good day": the good thing is a concession, not the reason asked.
DESPITE = {"sv": {"fast", "trots", "fastän", "även"}, "en": {"though", "although", "despite", "even"}}


def _before_despite(tokens, language):
    """Return the words before a concession."""
    cut = next((i for i, token in enumerate(tokens) if token in DESPITE[language]), len(tokens))
    return tokens[:cut]


def framing_problems(text, language):
    """Return (code, offending words) for each hidden problem framing of a normalised question."""
    found = []
    lowered = " ".join(words(text, language))
    removing = [m.group() for pattern in DO_ABOUT[language] for m in re.finditer(pattern, lowered)]
    handled = _handled_problems(text, language)
    if removing or handled:
        found.append(("do_about", list(dict.fromkeys(removing + handled))))
    size = [m.group() for m in re.finditer(PROBLEM_SIZE[language], lowered)]
    if size:
        found.append(("problem_focus", size[:1]))
    asked = questions_in(text)
    for sentence in asked:
        tokens = words(sentence, language)
        joined = " ".join(tokens)
        # "Our eldest is so jealous of the baby, why?" asks why at the end.
        last = " ".join(clauses(sentence, language)[-1]) if "," in sentence or "–" in sentence else ""
        opening = next((o for o in WHY_OPENINGS[language] if joined == o or joined.startswith(o + " ")
                        or last in (o, o + " då")), None)
        if opening and not GOOD_REASONS[language] & set(_before_despite(tokens, language)):
            ours = [token for token in tokens if token in WE[language]]
            found.append(("pronoun_swap", ours[:1]) if ours else ("why_problem", [opening]))
            break
    if len([s for s in asked if s.endswith("?")]) > 1 or any(_asks_twice(s, language) for s in asked):
        found.append(("several_questions", []))
    return found


# "When do we visit the new school, who tells the kids …, and what if …?" is several questions with one mark: a
# clause after a comma asks again, directly ("what if", "vad händer"; not "…, what they enjoyed" nor a relative
# "…, who are tired"), and not as we, where a first part leads to our goal ("När mår våra barn som bäst, och hur
# kan vi …", "Vilka sysslor gjorde vi som barn, och vad lärde vi oss av dem?").
ASKS_AGAIN = {"sv": {"hur", "vad", "varför"}, "en": {"how", "what", "why"}}
DIRECT = {"en": {"if", "do", "does", "did", "is", "are", "was", "were", "will", "would", "should", "much", "many",
                 "long", "often", "happens", "about"}}
INDIRECT_SV = {"vi", "ni", "de", "dom", "han", "hon", "hen", "man", "det", "barnen", "du", "jag", "som"}


def _asks_twice(sentence, language):
    parts = clauses(sentence, language)
    return len(parts) > 1 and opens_openly(parts[0], language) and any(
        len(tokens) > 2 and tokens[0] in ASKS_AGAIN[language]
        and (tokens[1] in DIRECT["en"] if language == "en" else tokens[1] not in INDIRECT_SV)
        and not WE[language] & set(tokens) for tokens in parts[1:])


def _handled_problems(text, language):
    tokens = words(text, language)
    nouns = set(problem_nouns(text, language))
    # "Vad ska vi göra med alla konflikter …" handles them too.
    return [f"{token} … {later}" for i, token in enumerate(tokens)
            if token in HANDLE[language] or tokens[i - 1:i + 1] in (["göra", "med"], ["gör", "med"], ["do", "with"])
            for later in tokens[i + 1:i + 5] if later in nouns][:1]
