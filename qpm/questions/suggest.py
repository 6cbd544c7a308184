"""Up to three fit suggestions on the question's topic: its rewrite, the topic's goals, the bank; else its own words."""
import re

from .bank import bank
from .fallback import fallback
from .rewrite import rewrite
from .topics import about, goals, main_topic, topics_of

MOST = 3
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# Rewrites that are grammatical but no one would say ("På vilket sätt tycker vi att …").
STIFF = re.compile(r"^(på vilket sätt|in what ways?) (tycker|tror|tänker|think|believe)\b", re.IGNORECASE)
LONGEST = 300
# "Ska vi tvinga …?" / "Should we pay …?" asks whether; "Hur kan vi tvinga …" would change its sense.
SHOULD = re.compile(r"^(ska|skall|bör|borde|får|should|shall|must|may|is it ok|är det okej)\b", re.IGNORECASE)


def reads_well(text):
    """Return whether a suggestion reads as one clean question: no doubled words, one question mark."""
    return (text.count("?") == 1 and text.endswith("?") and not DOUBLED.search(text)
            and not STIFF.search(text) and len(text) <= LONGEST)


def suggestions(text, language, is_fit, age=None):
    """Return up to three fit suggestions on the question's topic; none when nothing fits the topic."""
    topics = topics_of(text, language)
    offered = []

    def offer(candidate, topic=None):
        if (candidate and candidate not in offered and len(offered) < MOST and reads_well(candidate)
                and (topic is None or about(candidate, language, topic)) and is_fit(candidate, language)):
            offered.append(candidate)

    if not SHOULD.match(text):
        offer(rewrite(text, language), topics[0] if topics else None)
    if not topics:
        offer(fallback(text, language))  # no topic to draw goals from: keep the teacher's own words
    for topic in topics[:1]:
        for goal in goals(topic, language, near=text):
            offer(goal)  # on the topic by construction
        for question in bank(language=language, age=age):
            if len(offered) == MOST:
                break
            if main_topic(question.text, language) == topic:  # about it first, not in passing
                offer(question.text, topic)
    return tuple(offered)
