"""Up to three fit suggestions on the question's topic: its rewrite, the topic's goals, the bank; else its own words."""
import re
from collections import Counter
from functools import cache

from .bank import bank
from .fallback import fallback, own_goal
from .rewrite import EN_TO_US, SV_TO_US, rewrite
from .rules import opens_closed, questions_in, words
from .choose import goals_for
from .concerns import concern_goals
from .demand import demand_goal
from .details import kept
from .settings import around_goal
from .topics import _content_stems, _shared, about, main_topic, topics_of

MOST = 3
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# Rewrites that are grammatical but no one would say ("På vilket sätt tycker vi att …").
STIFF = re.compile(r"^(på vilket sätt|in what ways?) (tycker|tror|tänker|think|believe)\b"
                   r"|\bhelp (our|the) (children|kids|pupils|teenagers) (to )?help\b|\bhjälpa (våra|sina) \w+ att hjälpa\b"
                   # said only with a "not" ("won't lift a finger"): as a goal it sneers
                   r"|\b(lift a finger|bother to|give a damn|röra ett finger|bry sig ett dugg|orka bry sig)\b",
                   re.IGNORECASE)  # "help our children help clear the tables": the verb twice
LONGEST = 300
# A rewrite that asks how much we do or what we do when the problem comes ("What do we do when … drop?",
# "Hur ska vi göra när barnen ljuger?") surveys the parents or keeps the problem: it gives way to the topic's goals.
SURVEY = {"sv": re.compile(r"^(på vilket sätt har vi( som föräldrar)? (märkt|sett|upplevt|noterat|lagt märke till)|hur (mycket|många|ofta|länge|gör vi när|(vet vi( som föräldrar)?|(ska|kan) vi( som föräldrar)? veta) (om|när|att))"
                           r"|(vad|hur) (ska|skall|bör) vi( som föräldrar)? göra (när|om|med)|vad gör vi (när|om)"
                           r"|hur gör vi( som föräldrar)? (med|för att)|hur ser .+ ut\b|när (får|ska) vi( som föräldrar)? veta"
                           r"|vad skulle vi( som föräldrar)? göra)\b",
                           re.IGNORECASE),
          "en": re.compile(r"^(in what ways? have we( as parents)? (noticed|seen|found)|how (much|many|often|long|(do|would|could|can|should) we( as parents)? know)"
                           r"|what (do|should|can) we( as parents)? do (when|if|about)"
                           r"|how (do|should) we( as parents)? (handle|react|respond)"
                           r"|what time do we|how old (were|was|are|is)|which \w+( \w+)? do we use"
                           r"|what do our \w+ look like)\b", re.IGNORECASE)}
# A swap that leaves one couple's child ("vårt barn", "our child") or a tag on the group (", vi som har barn i
# trean", ", those of us with …") does not read as a group of parents asking together.
NOT_A_GROUP = re.compile(r"\b(vårt barn|vår (son|dotter|tonåring)|our (child|teenager|son|daughter|kid|toddler)('s)?)\b"
                        r"|, (vi som|those of us)\b", re.IGNORECASE)
# "Ska vi tvinga …?", "Måste vi ordna …?", "Should we pay …?" ask whether; "Hur kan vi tvinga …" would change the sense.
SHOULD = re.compile(r"^(ska|skall|bör|borde|får|måste|låter|should|shall|must|may|would you|is it ok|är det okej"
                    r"|do (you|we) let)\b",
                    re.IGNORECASE)
# "Kan vi kräva att alla …", "Can we make the children …": asked as "Hur kan vi kräva …" the question still demands; a
# group of parents asks how it can help, not how it can make others do a thing.
COERCE = re.compile(r"\b(kräva|kräver|tvinga|tvingar|förbjuda|förbjuder|require|force|forbid|ban|make (the|our|all) "
                    r"(children|kids|pupils|students))\b", re.IGNORECASE)
# "Could you please label …", "Kan ni snälla …": a request to the parents, which "How can we please …" would only echo.
REQUEST = re.compile(r"\b(please|pleas|pls|plz|snälla|snälle|vänligen)\b", re.IGNORECASE)
# A question that already asks how we can reach something ("Hur kan ni föräldrar få …") only needs its pronouns
# swapped. Any other swap keeps a survey, a yes/no question or a jab ("How much do we help …?", "Hur tänker vi kring
# att …?"): readers marked 28 of 29 swaps of the first kind fit and 20 of 23 of the others unfit.
HOW_CAN = re.compile(r"^(hur|vad|på vilket sätt) (kan|skulle|ska) |^(how|what|in what ways?) (can|could) ",
                     re.IGNORECASE)
TO_US = {"sv": SV_TO_US, "en": EN_TO_US}
# A goal set at the preschool ("på förskolan", "at preschool") is set where the question is asked when that is
# school ("i förskoleklassen", "in Year 4"): readers marked goals at the wrong place off topic.
PRESCHOOL = {"sv": re.compile(r"\bförskol(?!eklass)", re.IGNORECASE),
             "en": re.compile(r"\bpre-?school(?! class)\b|\bnursery\b", re.IGNORECASE)}
SCHOOL = {"sv": re.compile(r"\b(skol(a|an|or|orna|gården|bussen)|förskoleklass\w*|fritids|klass(en|kamrat\w*)?|åk ?\d"
                           r"|årskurs|ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian|lektion\w*|elev\w*|rast\w*"
                           r"|lärare\w*|\w+stadiet|gymnasiet|prov(et|en)?|betyg\w*|läx(a|an|or|orna))\b", re.IGNORECASE),
          "en": re.compile(r"\b(school|preschool class|fritids|year \d|class(es|mates?)?|pupils?|teachers?|lessons?"
                           r"|break time|tests?|grades?|homework)\b", re.IGNORECASE)}
# A goal for teenagers ("rediscover the joy of reading", "våra tonåringar") is not for a question about children of
# ten or younger ("our Year 4 pupils", "fyraåringar"): readers marked it off topic.
YOUNG = {"sv": re.compile(r"\b(förskol\w*|lågstadie\w*|ettan|tvåan|trean|fyran|(åk|årskurs) ?[1-4]"
                         r"|(ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|[1-9]|10)[- ]?åring\w*|småbarn\w*|bebis\w*)\b",
                         re.IGNORECASE),
         "en": re.compile(r"\b(pre-?school\w*|nursery|toddlers?|reception|year [1-4]s?"
                         r"|(one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)[- ]years?[- ]olds?)\b", re.IGNORECASE)}
TEEN = {"sv": re.compile(r"\b(tonåring\w*|högstadie\w*|gymnasie\w*|ungdomar\w*)\b", re.IGNORECASE),
        "en": re.compile(r"\b(teen\w*|secondary school)\b", re.IGNORECASE)}
# "Hjälper ni … eller låter ni …?", "Do you give … or just every week?" ask parents to pick one of two; asked as
# "Hur kan vi …" the second half no longer fits ("… eller låter vi dem sköta det själva?").
EITHER_OR = re.compile(r"\b(eller|or)\b", re.IGNORECASE)
# What a swap adds besides the pronouns themselves: "vi som föräldrar", "we as parents".
SWAP_WORDS = {"sv": {"vi", "oss", "vår", "vårt", "våra", "som", "föräldrar"},
              "en": {"we", "us", "our", "ours", "ourselves", "as", "parents", "children"}}  # "your child" → "our children"


def reads_well(text):
    """Return whether a suggestion reads as one clean question: no doubled words, one question mark."""
    return (text.count("?") == 1 and text.endswith("?") and not DOUBLED.search(text)
            and not STIFF.search(text) and len(text) <= LONGEST)


def suggestions(text, language, is_fit, age=None):
    """Return up to three fit suggestions on the question's topic; none when nothing fits the topic."""
    topics = topics_of(text, language)
    offered, singular = [], []

    def offer(candidate, topic=None):
        candidate = candidate and kept(candidate, text, language)
        if candidate and at_school and PRESCHOOL[language].search(candidate) and not SCHOOL[language].search(candidate):
            candidate = _at_school(candidate, at_school, language)
        if candidate and NOT_A_GROUP.search(candidate):
            singular.append((candidate, topic))  # kept only for when nothing better is found
            return
        if candidate and young and TEEN[language].search(candidate) and not TEEN[language].search(text):
            return
        if (candidate and candidate not in offered and len(offered) < MOST and reads_well(candidate)
                and (topic is None or about(candidate, language, topic))
                and is_fit(candidate, language)):
            offered.append(candidate)

    at_school = _school(text, language)
    young = YOUNG[language].search(text)
    rewritten = None if SHOULD.match(text) or REQUEST.search(text) or COERCE.search(text) or _either_or(text, language) \
        else rewrite(text, language)
    if rewritten and only_swapped(text, rewritten, language) and not HOW_CAN.match(rewritten):
        singular.append((rewritten, topics[0] if topics else None))  # a survey as "we": only when nothing else
    else:
        offer(rewritten, topics[0] if topics else None)
    offer(own_goal(text, language))  # the teacher's own words as a goal: on the topic by construction
    offer(demand_goal(text, language))  # "Vi måste …" / "Barnen måste …" asked as the goal, in the same words
    ranked = goals_for(text, language)
    for goal in _closest_first(concern_goals(text, language), ranked, text, language):
        offer(goal)  # the teacher's concern inside the topic ("hämtar sent"), before the topic's own goals
    around = around_goal(text, language)  # else the topic's goal where the concern happens ("på rasterna")
    if around and ranked and _sharing(ranked[0][0], text, language) >= _sharing(around, text, language):
        offer(ranked[0][0])  # a stock goal that names as much of the question already keeps its concern
    offer(around)
    if not topics:
        offer(fallback(text, language))  # no topic to draw goals from: keep the teacher's own words
    if ranked and offered and SURVEY[language].match(offered[0]):
        del offered[0]  # "Hur vet vi om vårt barn blir mobbat?" only surveys the problem; the goals after it speak
    for goal, _ in ranked:
        offer(goal)  # on the topic by construction
    for topic in [ranked[0][1]] if ranked else topics[:1]:
        for question in bank(language=language, age=age):
            if len(offered) == MOST:
                break
            if _bank_fits(question, language, topic, topics):
                offer(question.text, topic)
    if not offered and singular:
        candidate, topic = singular[0]  # one couple's child is better than nothing to offer
        if (reads_well(candidate) and (topic is None or about(candidate, language, topic))
                and is_fit(candidate, language)):
            offered.append(candidate)
    return tuple(offered)


def _school(text, language):
    """Return the school a question is asked at ("förskoleklassen", "fritids", "skolan"), None at a preschool."""
    if PRESCHOOL[language].search(text) or not SCHOOL[language].search(text):
        return None
    lowered = text.lower()
    if language == "sv":
        return "förskoleklassen" if "förskoleklass" in lowered else "fritids" if "fritids" in lowered else "skolan"
    return "preschool class" if "preschool class" in lowered else "school"


def _at_school(goal, school, language):
    """Return a goal set at the preschool as set at the question's school ("på förskolan" → "i förskoleklassen")."""
    if language == "sv":
        at = "på fritids" if school == "fritids" else f"i {school}"
        goal = re.sub(r"\bpå förskolan\b", at, goal)
        return re.sub(r"\bförskol(an|a|or|orna)\b", lambda m: "skol" + m.group(1) if school == "skolan" or
                      m.group(1) != "an" else school, goal)
    goal = re.sub(r"\bat (?:the )?pre-?school\b(?! class)", f"in {school}" if school != "school" else "at school", goal)
    return re.sub(r"\bpre-?school\b(?! class)", school, goal)


def _closest_first(concerned, ranked, text, language):
    """Return the concern's goals, after the topic's best goal when that one shares more of the question's words
    ("lägga ifrån sig mobilen vid middagen" is closer to the goal about phones at meals than to switching off)."""
    if concerned and ranked:
        best = ranked[0][0]
        if _sharing(best, text, language) > _sharing(concerned[0], text, language):
            return (best, *concerned)
    return concerned


def _sharing(goal, text, language):
    return _shared(_content_stems(text, language), _content_stems(goal, language))


def _either_or(text, language):
    """Return whether a question is a yes/no question between two answers ("Hjälper ni … eller låter ni …?")."""
    asked = questions_in(text)[0]
    tokens = words(asked, language)
    return bool(tokens) and EITHER_OR.search(asked) is not None and opens_closed(tokens, language)


def only_swapped(text, rewritten, language):
    """Return whether a rewrite only put "we" where the question had "you" or "I" (and "as parents")."""
    mine = {TO_US[language].get(word, word) for word in words(text, language)}
    return set(words(rewritten, language)) - mine <= SWAP_WORDS[language]


def _bank_fits(question, language, topic, topics):
    # About the topic first, not in passing; no topic the host's question does not have ("laga mat" for a
    # friendship question); and in a theme where the topic is no one-off ("tvätta händerna" under illness).
    named = topics_of(question.text, language)
    theme = _theme_topics(language)[question.theme]
    return (main_topic(question.text, language) == topic and set(named) <= set(topics) | _general()
            and (theme[topic] >= 2 or set(theme) - {None} == {topic}))


@cache
def _theme_topics(language):
    found = {}
    for question in bank(language=language):
        found.setdefault(question.theme, Counter())[main_topic(question.text, language)] += 1
    return found


@cache
def _general():
    from .topics import lexicon
    return frozenset(topic for topic, entry in lexicon().items() if entry.get("general"))
