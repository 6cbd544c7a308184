"""The commit writer: one transaction for all that wait, keys stored once within and across batches, failures to all."""
import threading

from sqlalchemy.exc import OperationalError

from qpm.domain import contribution as contributions
from qpm.store.writer import CommitWriter
from test_store import opened, store  # noqa: F401  (the same SQLite and PostgreSQL stores)


def threads(run):
    """Start a writer task the way the threading async mode does."""
    threading.Thread(target=run, daemon=True).start()


def send_together(writer, drafts):
    """Hand all drafts to the writer from threads at once; return their answers (or failures) in order."""
    answers = [None] * len(drafts)

    def one(number):
        try:
            answers[number] = writer.add(drafts[number])
        except Exception as failure:  # noqa: BLE001 — the test looks at it
            answers[number] = failure
    workers = [threading.Thread(target=one, args=(n,)) for n in range(len(drafts))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    return answers


def test_a_batch_stores_each_key_once_within_and_across_batches(store):
    _room, meeting = opened(store)
    writer = CommitWriter(store.add_contributions, start=threads, make_event=threading.Event)
    drafts = [contributions.contribute(meeting, f"Idé {n % 5}", f"key-{n % 5}", limit=500) for n in range(20)]
    first = send_together(writer, drafts)
    again = send_together(writer, drafts[:5])
    assert all(isinstance(answer, tuple) for answer in first + again)
    assert sum(is_new for _stored, is_new in first) == 5 and not any(is_new for _s, is_new in again)
    ids = {draft.key: stored.id for draft, (stored, _new) in zip(drafts, first)}
    assert all(stored.id == ids[draft.key] for draft, (stored, _new) in zip(drafts, first + again))
    assert sorted(c.text for c in store.contributions(meeting.id)) == [f"Idé {n}" for n in range(5)]


def test_one_write_failure_reaches_every_waiting_handler(store):
    _room, meeting = opened(store)

    def broken(_drafts):
        raise OperationalError("INSERT", {}, Exception("disk full"))
    writer = CommitWriter(broken, start=threads, make_event=threading.Event)
    answers = send_together(writer, [contributions.contribute(meeting, f"Idé {n}", f"k{n}", limit=500)
                                     for n in range(8)])
    assert all(isinstance(answer, OperationalError) for answer in answers)
    assert store.contributions(meeting.id) == []
