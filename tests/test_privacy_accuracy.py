"""The personal-data check on the labelled set of parents' writing (tests/data/privacy, issue 11).

The issue's targets are recall ≥ 97 %, every kind ≥ 90 %, false alarms ≤ 5 %. Measured 2026-12-02 after
tuning on dev only: dev recall 97.5 %, false alarms 0.8 %, lowest kind nickname 93.5 %; holdout (first
scored 2026-12-01, not looked at while tuning) recall 93.0 %, false alarms 8.5 %, lowest kind indirect
78.9 %; holdout2 (written 2026-12-02 before this tuning, scored once at its end) recall 93.4 %, false
alarms 4.2 %, lowest kind nickname 86.4 %. The assertions hold these measured levels so the detector
cannot slip back; the gap between dev and the holdouts is open work (issue 11).
"""
import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "privacy.py"


def bench():
    """Return bench/privacy.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("privacy_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_set_holds_the_measured_level():
    figures = bench().score("dev")
    assert figures["personal"] >= 100 and figures["ordinary"] >= 100
    assert figures["recall"] >= 0.97, figures["misses"][:20]
    low = {kind: recall for kind, recall in figures["per_kind"].items() if recall < 0.93}
    assert not low, low
    assert figures["false_alarms"] <= 0.02, [m for m in figures["misses"] if m[0] == "false alarm"][:20]


def test_holdout_set_holds_the_level_measured_once():
    figures = bench().score("holdout")  # only the totals are read here: the holdout is not tuned on
    assert figures["recall"] >= 0.92 and figures["false_alarms"] <= 0.09


def test_second_holdout_set_holds_the_level_measured_once():
    figures = bench().score("holdout2")  # the same: totals only
    assert figures["recall"] >= 0.92 and figures["false_alarms"] <= 0.05
