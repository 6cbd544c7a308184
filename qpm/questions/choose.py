"""Which of the lexicon's stock goals fit a question: its main topic, and the concern that worried the teacher."""
from .rules import words
from .topics import WHOLE, _content_stems, _shared, _weighed, lexicon, topics_of


def goals_for(text, language):
    """Return (goal, topic) for a question's topics, best first: a goal that names more of the question's
    topics, then the one sharing most words with it. Only the main topic's goals, those of topics that weigh
    as much, and other topics' goals that name the main topic too are offered, so none leaves the subject."""
    weighed = _weighed(text, language)
    if not weighed:
        return []
    top = weighed[0][0]
    mine = [topic for topic, _ in weighed[:3]]
    tied = [top]  # a topic that only ties with the main one drifted more often than it helped
    # The worry itself ("Oro och magont varje söndagskväll", "reduce the worry before the national tests") is what
    # troubled the teacher: a goal about being well or doing one's best talks about something else.
    concerns = {topic for topic, weight in weighed if weight >= WHOLE and lexicon()[topic].get("concern")}
    wanted = _content_stems(text, language)
    found, seen = [], set()
    for rank, topic in enumerate(dict.fromkeys(tied + mine)):
        for order, goal in enumerate(lexicon()[topic]["goals"][language]):
            named = set(topics_of(goal, language))
            foreign = len(named - set(topics_of(text, language)))  # "skip nap time" is not about screens
            named &= set(mine)
            if goal in seen or (topic not in tied and top not in named and topic not in concerns):
                continue
            seen.add(goal)
            shared = _shared(wanted, _content_stems(goal, language))
            # The main topic's own goal before another topic's that names as much: a clothing question with
            # snow in it is offered warm clothes before the outdoor goal. A topic the question lacks counts
            # against one it has: "pick-up and dinner" is no goal for "refuses to eat dinner".
            misses = bool(concerns) and not (concerns & set(topics_of(goal, language)) or _answers(goal, concerns, language))
            found.append(((foreign - len(named), misses, foreign, topic != top, -shared, rank, order),
                          goal, topic))
    return [(goal, topic) for _, goal, topic in sorted(found)]


def _answers(goal, concerns, language):
    """Return whether a goal answers one of the question's concerns ("feel safe" answers worry)."""
    tokens = set(words(goal, language))
    return any(tokens & set(lexicon()[topic].get("answers", {}).get(language, ())) for topic in concerns)
