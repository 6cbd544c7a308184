"""The question bank: ready questions of the day by theme, ICDP dialogue and age group (sv and en)."""
import tomllib
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from .rules import LANGUAGES, stem, words

BANK_FILE = Path(__file__).parent / "bank.toml"
DIALOGUES = ("emotional", "meaning-making", "regulating")
# Words every question shares; they say nothing about what a question is about.
COMMON_WORDS = {
    "sv": ["våra", "vårt", "barn", "barnen", "hjälpa", "göra", "tillsammans", "föräldrar", "varför",
           "vilka", "vilken", "vilket", "själva", "skapa", "stötta", "känna", "kunna", "alla", "andra"],
    "en": ["children", "child", "kids", "help", "make", "together", "parents", "which", "what", "when",
           "their", "they", "them", "with", "support", "feel", "about", "every", "should", "would"],
}


@dataclass(frozen=True)
class Theme:
    """A theme of parent meetings, named in one language."""

    id: str
    name: str
    language: str
    age_group: str

    def as_dict(self):
        """Return the theme as JSON-ready data."""
        return asdict(self)


@dataclass(frozen=True)
class BankQuestion:
    """A ready question of the day from the bank."""

    text: str
    language: str
    theme: str
    theme_name: str
    dialogue: str
    age_group: str

    def as_dict(self):
        """Return the question as JSON-ready data."""
        return asdict(self)


@lru_cache(maxsize=None)
def _load():
    with BANK_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    themes_by_id = data["themes"]
    questions = []
    for entry in data["questions"]:
        theme = themes_by_id[entry["theme"]]
        if entry["dialogue"] not in DIALOGUES:
            raise ValueError(f"unknown ICDP dialogue {entry['dialogue']!r} in {BANK_FILE.name}")
        for language in LANGUAGES:
            questions.append(BankQuestion(
                text=entry[language], language=language, theme=entry["theme"],
                theme_name=theme[language], dialogue=entry["dialogue"],
                age_group=entry.get("age", theme["age"])))
    return themes_by_id, tuple(questions)


def _checked_language(language):
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, not {language!r}")
    return language


def themes(language="sv"):
    """Return the bank's themes, named in a language, in the bank's order."""
    language = _checked_language(language) or "sv"
    themes_by_id, _ = _load()
    return [Theme(id=key, name=theme[language], language=language, age_group=theme["age"])
            for key, theme in themes_by_id.items()]


def bank(theme=None, language=None):
    """Return the bank's questions, of one theme and one language when asked (an unknown theme has none)."""
    _checked_language(language)
    _, questions = _load()
    return [question for question in questions
            if (theme is None or question.theme == theme)
            and (language is None or question.language == language)]


@lru_cache(maxsize=None)
def theme_stems(language):
    """Return each theme's keyword stems, for finding the theme a question is about."""
    themes_by_id, _ = _load()
    return {key: frozenset(stem(language, word) for word in theme["keywords"][language])
            for key, theme in themes_by_id.items()}


@lru_cache(maxsize=1024)
def content_stems(text, language):
    """Return the stems of a text's content words (long enough to say what it is about)."""
    common = {stem(language, word) for word in COMMON_WORDS[language]}
    return frozenset({stem(language, token) for token in words(text, language) if len(token) > 3} - common)


def closest(text, language):
    """Return the bank question nearest a text in theme and wording (shared stems)."""
    asked = content_stems(text, language)
    by_theme = theme_stems(language)

    def nearness(question):
        own = content_stems(question.text, language)
        return 3 * len(asked & by_theme[question.theme]) + len(asked & own)

    # On a tie the first wins: the bank lists the preschool themes first and each theme's key question first.
    best = max(bank(language=language), key=nearness)
    if nearness(best) == 0:
        # Nothing in common: a warm question about being together fits any meeting.
        return bank(theme="values", language=language)[1]
    return best
