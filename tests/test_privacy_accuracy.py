"""The personal-data check on the labelled set of parents' writing (tests/data/privacy, issue 11).

The issue's targets are recall ≥ 97 %, every kind ≥ 90 %, false alarms ≤ 5 %. Measured (dev, tuned on):
recall 91.1 %, false alarms 3.6 %, lowest kind nickname 74.2 %; holdout, scored once at the end:
recall 90.5 %, false alarms 9.1 %, lowest kind indirect 68.4 %. The assertions hold these measured
levels so the detector cannot slip back; the gap to the targets is open work (issue 11).
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
    assert figures["recall"] >= 0.91, figures["misses"][:20]
    low = {kind: recall for kind, recall in figures["per_kind"].items() if recall < 0.74}
    assert not low, low
    assert figures["false_alarms"] <= 0.05, [m for m in figures["misses"] if m[0] == "false alarm"][:20]


def test_holdout_set_holds_the_level_measured_once():
    figures = bench().score("holdout")  # only the totals are read here: the holdout is not tuned on
    assert figures["recall"] >= 0.90 and figures["false_alarms"] <= 0.10
