"""Phones connected, counted across every server process: the host's count and the letter's languages."""
import requests

from qpm.store.presence import Presence
from qpm.store.store import Store
from servers import WAIT, host_auth

pytest_plugins = ("deployment",)


def presence_after(host, phones):
    """Return the host's phone counts as they arrive until one says `phones`, failing if it never does."""
    seen = []
    while not seen or seen[-1] != phones:
        seen.append(host.next("presence")["phones"])  # fails after WAIT seconds without one
    return seen[-1]


def test_the_host_counts_the_phones_on_every_process(two_servers, peers):
    first, second = two_servers
    meeting = first.create_meeting()
    host = peers(first, host_auth(meeting))
    here = [peers(first, {"code": meeting["code"], "lang": language}) for language in ("ar", "sv")]
    there = [peers(second, {"code": meeting["code"], "lang": language}) for language in ("ar", "so", "fa")]
    assert presence_after(host, 5) == 5
    letter = requests.get(f"{first.url}/api/meetings/{meeting['id']}/letter", timeout=WAIT,
                          headers={"Authorization": f"Bearer {meeting['host_token']}"}).json()
    assert letter["phone_languages"] == {"ar": 2, "fa": 1, "so": 1, "sv": 1}
    for phone in there:
        phone.close()
    assert presence_after(host, 2) == 2
    assert len(here) == 2


def test_a_process_that_stopped_without_a_word_is_not_counted(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'presence.sqlite3'}")
    now = [1000.0]
    presence = Presence(store.counters.engine, clock=lambda: now[0])
    presence.report("m1", "alive", {"sv": 2})
    presence.report("m1", "killed", {"ar": 3})
    assert presence.here("m1") == (5, {"ar": 3, "sv": 2})
    now[0] += Presence.GONE_AFTER / 2
    presence.report("m1", "alive", {"sv": 2, "ti": 1})  # the live process refreshes; the killed one cannot
    now[0] += Presence.GONE_AFTER / 2 + 1
    assert presence.here("m1") == (3, {"sv": 2, "ti": 1})
    presence.forget_gone()
    presence.report("m1", "alive", {})  # its last phone left
    assert presence.here("m1") == (0, {})
    assert presence.here("m2") == (0, {})
