"""Suggested groups: contributions that share content words, proposed to the host with a label."""
from collections import Counter, defaultdict

from ..questions.rules import detect_language, stem, words

# Words too common in parents' answers to say what a contribution is about.
STOP_WORDS = {
    "sv": {"alla", "andra", "barn", "barnen", "bara", "både", "dessa", "detta", "eller", "efter", "från",
           "genom", "gärna", "göra", "hela", "hemma", "inte", "kanske", "kunna", "lite", "mellan", "mera",
           "mycket", "också", "ofta", "sedan", "sina", "själv", "själva", "tillsammans", "utan", "vara",
           "våra", "vårt", "varje", "viktigt", "bättre", "något", "några", "många", "mindre", "genom"},
    "en": {"about", "also", "children", "child", "kids", "every", "from", "have", "just", "like", "make",
           "more", "much", "other", "some", "their", "them", "they", "this", "that", "together", "very",
           "what", "when", "with", "would", "should", "could", "important", "better", "things", "being"},
}
SMALLEST_GROUP = 2


def content_words(text, language):
    """Return (stem, word) for each content word of a text."""
    stop = STOP_WORDS[language]
    return [(stem(language, word), word) for word in words(text, language) if len(word) > 3 and word not in stop]


def suggest_groups(contributions, language=None):
    """Propose groups of contributions that share a content word: [{label, ids}], biggest first.

    Each contribution goes into at most one proposal; those already in a group are left alone.
    """
    loose = [c for c in contributions if not c.group]
    stems_of, spellings, holders = {}, defaultdict(Counter), defaultdict(set)
    for contribution in loose:
        tongue = language or detect_language(contribution.text)
        found = content_words(contribution.text, tongue)
        stems_of[contribution.id] = {word_stem for word_stem, _ in found}
        for word_stem, word in found:
            spellings[word_stem][word] += 1
            holders[word_stem].add(contribution.id)
    proposals, placed = [], set()
    # The stem shared by most contributions first; ties go to the stem seen first (stable order).
    for word_stem in sorted(holders, key=lambda s: -len(holders[s])):
        members = sorted(holders[word_stem] - placed)
        if len(members) < SMALLEST_GROUP:
            continue
        label = spellings[word_stem].most_common(1)[0][0]
        proposals.append({"label": label[:1].upper() + label[1:], "ids": members})
        placed.update(members)
    return proposals
