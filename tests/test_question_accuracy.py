"""The checker against questions labelled by hand: accuracy ≥ 95 %, and every suggestion is fit."""
import tomllib
from pathlib import Path

import pytest

from qpm.questions.check import check
from qpm.questions.topics import about, goals, topics_of

LABELLED = tomllib.loads((Path(__file__).parent / "data" / "labelled_questions.toml").read_text("utf-8"))["question"]


def test_the_labelled_set_is_big_and_balanced():
    assert len(LABELLED) >= 100
    for language in ("sv", "en"):
        assert {q["ok"] for q in LABELLED if q["language"] == language} == {True, False}


def test_the_checker_agrees_with_the_teachers_labels():
    verdicts = [(question, check(question["text"])) for question in LABELLED]
    agree = [question for question, verdict in verdicts if verdict.ok == question["ok"]]
    same_codes = [question for question, verdict in verdicts
                  if set(verdict.codes) == set(question.get("problems", []))]
    right_language = [question for question, verdict in verdicts if verdict.language == question["language"]]
    accuracy = len(agree) / len(LABELLED)
    print(f"\nfit/unfit accuracy: {accuracy:.1%} ({len(agree)}/{len(LABELLED)}); "
          f"same problems: {len(same_codes) / len(LABELLED):.1%}; "
          f"language detected: {len(right_language) / len(LABELLED):.1%}")
    for question, verdict in verdicts:
        if verdict.ok != question["ok"]:
            print(f"  disagree: {question['text']!r} → {verdict.codes}")
    assert accuracy >= 0.95
    assert len(right_language) / len(LABELLED) >= 0.95


@pytest.mark.parametrize("question", [q for q in LABELLED if not q["ok"]], ids=lambda q: q["text"][:40])
def test_every_suggestion_for_an_unfit_question_is_fit_and_on_its_topic(question):
    verdict = check(question["text"])
    topics = topics_of(question["text"], verdict.language)
    for suggestion in verdict.suggestions:
        assert check(suggestion, verdict.language).ok, suggestion
        assert not topics or about(suggestion, verdict.language, topics[0]) or suggestion in goals(
            topics[0], verdict.language), suggestion


def test_nearly_every_unfit_question_gets_a_suggestion():
    unfit = [q for q in LABELLED if not q["ok"]]
    offered = [q for q in unfit if check(q["text"]).suggestions]
    assert len(offered) / len(unfit) >= 0.9
