"""Question checker on the labelled unfit sets: suggestions on topic and fit, judgement, time per check.

Run `python bench/questions.py [dev|holdout|…|holdout16|all] [--dump FILE]`. Only holdout17 is blind now:
it is scored once, by name, at the end of the next round (tests/data/questions/README.md);
`all` leaves a blind set out. --dump writes the first suggestions of the split chosen (of every split with `all`) for a reader.
"""
import argparse
import statistics
import sys
import time
import tomllib
from pathlib import Path

# Run from a checkout as `python bench/questions.py` as well as with the package installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qpm.questions.check import check  # noqa: E402
from qpm.questions.rules import stem, stemmer, words  # noqa: E402
from qpm.questions.suggest import reads_well  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
          "holdout9", "holdout10", "holdout11", "holdout12",
          "holdout13", "holdout14", "holdout15", "holdout16", "holdout17")
SETS = {split: DATA / "questions" / f"unfit_{split}.toml" for split in SPLITS}
BLIND = ("holdout17",)  # never in `all` nor listed with --misses: scored by name, once, at the end


def load(path):
    """Return the unfit and the fit questions of a labelled file."""
    data = tomllib.loads(path.read_text("utf-8"))
    return data.get("question", []), data.get("fit", [])


def topic_words():
    """Return the evaluation's on-topic words per topic and language (tests/data/questions/topics.toml)."""
    return tomllib.loads((DATA / "questions" / "topics.toml").read_text("utf-8"))["topics"]


def on_topic(text, language, topic, catalogue):
    """Return whether a text contains one of the topic's words or phrases, or a word with the same stem."""
    listed = catalogue[topic][f"words_{language}"]
    tokens = words(text, language)
    stems = {stem(language, token) for token in tokens}
    joined = " " + " ".join(tokens) + " "
    for entry in listed:
        parts = words(entry, language)
        if len(parts) > 1 and " " + " ".join(parts) + " " in joined:
            return True
        if len(parts) == 1 and (parts[0] in tokens or stem(language, parts[0]) in stems):
            return True
    return False


def score(unfit, fit, catalogue):
    """Return the figures for one split, and the first suggestions."""
    first_ok, all_on, all_count, judged, rows = 0, 0, 0, 0, []
    for question in unfit:
        verdict = check(question["text"], question["language"])
        judged += not verdict.ok
        first = verdict.suggestion
        good = bool(first) and on_topic(first, question["language"], question["topic"], catalogue) \
            and check(first, question["language"]).ok and reads_well(first)
        first_ok += good
        all_count += len(verdict.suggestions)
        all_on += sum(on_topic(s, question["language"], question["topic"], catalogue)
                      for s in verdict.suggestions)
        rows.append((question, first, good))
    fit_right = sum(check(q["text"], q["language"]).ok for q in fit)
    return {"unfit": len(unfit), "first_on_topic_fit": first_ok / max(len(unfit), 1),
            "all_on_topic": all_on / max(all_count, 1), "suggestions": all_count,
            "unfit_judged_unfit": judged / max(len(unfit), 1), "fit": len(fit),
            "fit_judged_fit": fit_right / max(len(fit), 1)}, rows


def labelled_accuracy():
    """Return the share of labelled_questions.toml judged as labelled."""
    labelled = tomllib.loads((DATA / "labelled_questions.toml").read_text("utf-8"))["question"]
    return sum(check(q["text"]).ok == q["ok"] for q in labelled) / len(labelled), labelled


def median_ms(texts, rounds=3):
    """Return the median milliseconds of one check, suggestions included: first sight, then warm caches."""
    cold = []
    for text in texts:
        start = time.perf_counter()
        check(text)
        cold.append((time.perf_counter() - start) * 1000)
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            check(text)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(cold), statistics.median(times)


def reference_ms(texts):
    """Return the median milliseconds of the bare reference: split a question into words and stem each one."""
    times = []
    for text in texts:
        start = time.perf_counter()
        [stemmer("sv").stemWord(token) for token in words(text, "sv")]  # uncached, unlike the checker's
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def dump(path, rows_by_split):
    """Write the first suggestions as TOML for a reader who marks naturalness."""
    lines = ["# First suggestions of the checker, for a reader to mark natural = true/false.",
             "# Written by bench/questions.py --dump.", ""]
    for split, rows in rows_by_split.items():
        for question, first, _ in rows:
            lines += ["[[suggestion]]", f"split = {split!r}", f"text = {_quote(question['text'])}",
                      f"language = {question['language']!r}", f"topic = {question['topic']!r}",
                      f"first_suggestion = {_quote(first or '')}", "natural = \"\"", ""]
    Path(path).write_text("\n".join(lines), "utf-8")


def _quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def reader_marks(path=DATA / "questions" / "suggestions.toml"):
    """Print a reader's marks of the dumped first suggestions: natural, on topic, both (per split), and how
    many of the marked suggestions the checker still makes (the marks say nothing about changed ones)."""
    if not path.exists():
        return
    marked = [m for m in load_marks(path) if isinstance(m.get("natural"), bool)]
    for split in SETS:
        rows = [m for m in marked if m["split"] == split]
        if rows:
            both = sum(m["natural"] and m.get("on_topic") is True for m in rows)
            same = sum(check(m["text"], m["language"]).suggestion == (m["first_suggestion"] or None) for m in rows)
            print(f"{split}, marked by a reader: natural {sum(m['natural'] for m in rows) / len(rows):.1%}, "
                  f"on topic {sum(m.get('on_topic') is True for m in rows) / len(rows):.1%}, "
                  f"both {both / len(rows):.1%} ({len(rows)} first suggestions; {same} still made today)")
    # Today's first suggestions, each judged by a reader's mark of the same question and suggestion in any split
    # (the tuning splits mark the ones a change made): the figure for the code as it is, where all are marked.
    good = {(m["text"], m["first_suggestion"]): m["natural"] and m.get("on_topic") is True for m in marked}
    for split in SETS:
        if split in BLIND or not any(m["split"] == split for m in marked):
            continue
        unfit, _ = load(SETS[split])
        today = [good.get((q["text"], (check(q["text"], q["language"]).suggestions or ("",))[0])) for q in unfit]
        print(f"{split}, today's first suggestions by the readers' marks: both {sum(map(bool, today)) / len(today):.1%}"
              f" ({sum(mark is None for mark in today)} of {len(today)} not marked yet, counted as not good)")


def load_marks(path):
    """Return the dumped suggestions with their marks."""
    with path.open("rb") as handle:
        return tomllib.load(handle)["suggestion"]


def main():
    """Print the figures for the chosen splits."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", nargs="?", default="dev", choices=[*SETS, "all"])
    parser.add_argument("--dump", help="write the first suggestions of every split to this TOML file")
    parser.add_argument("--misses", action="store_true", help="list the questions whose first suggestion misses")
    options = parser.parse_args()
    catalogue = topic_words()
    splits = [s for s in SETS if s not in BLIND] if options.split == "all" else [options.split]
    accuracy, labelled = labelled_accuracy()
    print(f"labelled_questions.toml judgement accuracy: {accuracy:.1%} ({len(labelled)} questions)")
    rows_by_split, texts = {}, [q["text"] for q in labelled]
    for split in splits:
        unfit, fit = load(SETS[split])
        figures, rows = score(unfit, fit, catalogue)
        rows_by_split[split] = rows
        texts += [q["text"] for q in unfit + fit]
        print(f"{split}: " + ", ".join(f"{k} {v:.1%}" if isinstance(v, float) else f"{k} {v}"
                                       for k, v in figures.items()))
        if options.misses and split not in BLIND:
            for question, first, good in rows:
                if not good:
                    print(f"  miss [{question['topic']}] {question['text']!r} → {first!r}")
    cold, warm = median_ms(texts)
    bare = reference_ms(texts)
    print(f"median per check: {cold:.2f} ms first time, {warm:.2f} ms again, over {len(texts)} questions "
          f"(target ≤ 5 ms); bare reference (split and Snowball-stem the words) {bare:.3f} ms, ratio {warm / bare:.0f}×")
    reader_marks()
    if options.dump:
        dump(options.dump, rows_by_split)
        print(f"wrote {options.dump}")


if __name__ == "__main__":
    main()
