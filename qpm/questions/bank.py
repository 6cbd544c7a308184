"""The question bank: ready questions of the day by theme, ICDP dialogue and age group (sv and en)."""
import tomllib
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from .rules import LANGUAGES

BANK_FILE = Path(__file__).parent / "bank.toml"
DIALOGUES = ("emotional", "meaning-making", "regulating")
# The Swedish school stages a meeting's children belong to; a theme or question serves one or more.
AGE_GROUPS = ("förskola", "lågstadiet", "mellanstadiet", "högstadiet", "gymnasiet")
# The ages the bank was first written for, as school stages (a theme may list its own `ages`).
AGES_OF_RANGE = {"1-5": ("förskola",), "5-6": ("förskola", "lågstadiet"),
                 "6-12": ("lågstadiet", "mellanstadiet"), "13-20": ("högstadiet", "gymnasiet")}


@dataclass(frozen=True)
class Theme:
    """A theme of parent meetings, named in one language."""

    id: str
    name: str
    language: str
    age_group: str
    age_groups: tuple = ()

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
    age_groups: tuple = ()

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
        ages = _ages(entry.get("ages") or _ages(theme))
        for language in LANGUAGES:
            questions.append(BankQuestion(
                text=entry[language], language=language, theme=entry["theme"],
                theme_name=theme[language], dialogue=entry["dialogue"],
                age_group=entry.get("age", theme["age"]), age_groups=ages))
    return themes_by_id, tuple(questions)


def _ages(where):
    """Return the school stages of a theme or a list of them, refusing unknown ones."""
    ages = tuple(where) if isinstance(where, (list, tuple)) else tuple(
        where.get("ages") or AGES_OF_RANGE[where["age"]])
    unknown = set(ages) - set(AGE_GROUPS)
    if unknown:
        raise ValueError(f"unknown age group {sorted(unknown)} in {BANK_FILE.name}")
    return ages


def checked_age(age):
    """Return an age group, or None for all; ValueError for one that is not a school stage."""
    if age is not None and age not in AGE_GROUPS:
        raise ValueError(f"age must be one of {AGE_GROUPS} or None, not {age!r}")
    return age


def _checked_language(language):
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, not {language!r}")
    return language


def themes(language="sv", age=None):
    """Return the bank's themes, named in a language, in the bank's order; of one age group when asked."""
    language = _checked_language(language) or "sv"
    checked_age(age)
    themes_by_id, _ = _load()
    found = [Theme(id=key, name=theme[language], language=language, age_group=theme["age"],
                   age_groups=_ages(theme)) for key, theme in themes_by_id.items()]
    return [theme for theme in found if age is None or age in theme.age_groups]


def bank(theme=None, language=None, age=None):
    """Return the bank's questions, of one theme, language and age group when asked (an unknown theme has none)."""
    _checked_language(language)
    checked_age(age)
    _, questions = _load()
    return [question for question in questions
            if (theme is None or question.theme == theme)
            and (language is None or question.language == language)
            and (age is None or age in question.age_groups)]

