"""Time building and rendering a parent letter of 300 contributions (target: well under 300 ms)."""
import statistics
import sys
import time
from pathlib import Path

# Run from a checkout as `python bench/letter.py` as well as with the package installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qpm.letter.context import letter_context, plain_text, render_docx  # noqa: E402

CONTRIBUTIONS = 300
RUNS = 15


def meeting():
    """Return a closed meeting with three questions, as the store snapshots it."""
    return {
        "id": "bench", "code": "BNCH", "kind": "themed", "title": "Sociala medier och vi", "unit": "Åsens skola",
        "theme": "Sociala medier", "language": "sv", "info": [f"Informationspunkt {n}" for n in range(5)],
        "questions": ["Hur kan vi prata med våra barn om skärmtid?", "Vad gör vi tillsammans utan skärm?",
                      "Hur stöttar vi varandra som föräldrar?"],
        "question_index": 2, "phase": "closed", "premoderation": False,
        "created_at": "2026-11-22T17:30:00+00:00", "closed_at": "2026-11-22T19:00:00+00:00",
        "closing_text": "Tack för en fin kväll!", "next_meeting": "den 14 januari kl. 18.30",
    }


def contributions():
    """Return 300 visible contributions spread over questions and groups, some starred, some markup."""
    return [
        {"id": n, "question_index": n % 3, "text": f"Bidrag nummer {n}: vi pratar om det här & <b>det</b> där.",
         "status": "visible", "starred": n % 17 == 0, "group": f"Grupp {n % 4}" if n % 5 else None,
         "agrees": n % 7, "created_at": "2026-11-22T17:45:00+00:00"}
        for n in range(CONTRIBUTIONS)
    ]


def timed(work):
    """Return the median time of work() over RUNS runs, in milliseconds, after one warm-up."""
    work()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main():
    """Print the timings."""
    said = contributions()
    contacts = [{"name": "Familjeguiden", "helps_with": "föräldraskap", "reach": "0586-480 00"}]
    context = letter_context(meeting(), said, 120, "sv", contacts=contacts)
    size = len(render_docx(context))
    build = timed(lambda: letter_context(meeting(), said, 120, "sv", contacts=contacts))
    both = timed(lambda: render_docx(letter_context(meeting(), said, 120, "sv", contacts=contacts)))
    text = timed(lambda: plain_text(letter_context(meeting(), said, 120, "sv", contacts=contacts)))
    print(f"letter of {CONTRIBUTIONS} contributions, median (max) of {RUNS} runs; .docx is {size // 1024} KiB")
    print(f"  build context          {build[0]:7.1f} ms ({build[1]:.1f})")
    print(f"  build + render .docx   {both[0]:7.1f} ms ({both[1]:.1f})")
    print(f"  build + plain text     {text[0]:7.1f} ms ({text[1]:.1f})")


if __name__ == "__main__":
    main()
