"""Score the personal-data check on the labelled sets in tests/data/privacy (see its README.md).

Prints, for dev and holdout apart: recall per kind (an item counts as caught when it is held at all),
overall recall, the false-alarm rate on ordinary items, and the median time per check in µs.
Targets (issue 11): recall ≥ 97 %, every kind ≥ 90 %, false alarms ≤ 5 %, median ≤ 300 µs. Beside the median it
prints a bare reference timed in the same run over the same texts — NFKC, case-fold, split into words and look each
up in the given-name list, the least a name check does — and the ratio, since machines differ.
Usage: python bench/privacy.py [dev|holdout ...] [--misses]. The blind set (tests/data/privacy/README.md) is scored
by name, once, at the end of a round; --misses never lists its items.
"""
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

# Run from a checkout as `python bench/privacy.py` as well as with the package installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qpm.domain.privacy import personal_data  # noqa: E402
from qpm.domain.privacy.lexicon import given_names  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
ORDINARY = ("", "none", "ordinary", None)
WORD = re.compile(r"\w+")
BLIND = ("holdout17",)


def items(split):
    """Return (text, kinds) for each labelled item of a split; kinds is empty for an ordinary item."""
    found = []
    for line in (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        kinds = item.get("kinds", item.get("kind", item.get("labels", [])))
        kinds = [kinds] if isinstance(kinds, str) or kinds is None else list(kinds)
        found.append((item["text"], [k for k in kinds if k not in ORDINARY]))
    return found


def score(split):
    """Return the figures of one split: recall by kind, overall recall, false alarms, median µs, misses."""
    labelled = items(split)
    caught, total, alarms, ordinary, misses, times = Counter(), Counter(), 0, 0, [], []
    held_personal = personal = 0
    for text, kinds in labelled:
        start = time.perf_counter()
        found = personal_data(text)
        times.append((time.perf_counter() - start) * 1e6)
        if not kinds:
            ordinary += 1
            alarms += bool(found)
            if found:
                misses.append(("false alarm", found, text))
            continue
        personal += 1
        held_personal += bool(found)
        for kind in set(kinds):
            total[kind] += 1
            caught[kind] += bool(found)
        if not found:
            misses.append(("missed", kinds, text))
    return {"per_kind": {k: caught[k] / total[k] for k in sorted(total)}, "counts": dict(total),
            "recall": held_personal / max(personal, 1), "personal": personal,
            "false_alarms": alarms / max(ordinary, 1), "ordinary": ordinary,
            "median_us": statistics.median(times) if times else 0.0, "misses": misses,
            "reference_us": _reference_us([text for text, _ in labelled])}


def _reference_us(texts):
    """Return the median µs of the bare reference: normalise, split into words, one name-list look-up per word."""
    names, times = given_names(), []
    for text in texts:
        start = time.perf_counter()
        any(word in names for word in WORD.findall(unicodedata.normalize("NFKC", text).casefold()))
        times.append((time.perf_counter() - start) * 1e6)
    return statistics.median(times) if times else 0.0


def main(arguments):
    """Print the figures of the splits asked for (dev and holdout by default)."""
    personal_data("Värm upp")  # load the word lists before timing
    splits = [a for a in arguments if not a.startswith("--")] or ["dev", "holdout"]
    for split in splits:
        figures = score(split)
        print(f"== {split}: {figures['personal']} with personal data, {figures['ordinary']} ordinary")
        for kind, recall in figures["per_kind"].items():
            print(f"  {kind:<14} {recall:6.1%}  (n={figures['counts'][kind]})")
        print(f"  recall         {figures['recall']:6.1%}   (target ≥ 97 %)")
        print(f"  false alarms   {figures['false_alarms']:6.1%}   (target ≤ 5 %)")
        print(f"  median         {figures['median_us']:6.0f} µs (target ≤ 300 µs); bare word look-up "
              f"{figures['reference_us']:.0f} µs, ratio {figures['median_us'] / max(figures['reference_us'], 1e-9):.1f}×")
        if "--misses" in arguments and split not in BLIND:
            for what, kinds, text in figures["misses"]:
                print(f"    {what}: {kinds} {text!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
