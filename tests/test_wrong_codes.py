"""Wrong join codes: a hall of parents behind one address never meets the limit, a guesser gets nowhere.

The hall is a model, written down before the budget was chosen: 60 parents arrive over the first quarter
of an hour (one in ten later); some scan the QR code, the others type six characters read off a projector
and get them wrong with some probability per attempt, retry after 10-40 s and give up after five tries;
some first try an older code (last meeting's letter, an old tab). "worst" is a hall where nobody scans,
one attempt in three is mistyped and one parent in five tries an old code first.
"""
import bisect
import random
import time

import pytest
import requests
import socketio

from qpm.config import DEFAULTS
from qpm.domain.meeting import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH
from qpm.web.limits import WrongCodes
from servers import WAIT, Peer

HALLS = {"typical": {"scan": 0.4, "typo": 0.2, "stale": 0.1}, "worst": {"scan": 0.0, "typo": 0.35, "stale": 0.2}}
EVENINGS = 10_000
DAY = 86_400.0


def wrong_codes_of_an_evening(rng, scan, typo, stale, phones=60, give_up=5):
    """Return the moments (s) at which one evening's parents send a wrong code."""
    moments = []
    for _ in range(phones):
        moment = rng.uniform(0, 900) if rng.random() < 0.9 else rng.uniform(900, 2400)
        if rng.random() < stale:
            moments.append(moment)
            moment += rng.uniform(10, 60)
        if rng.random() < scan:
            continue
        for _ in range(give_up):
            if rng.random() >= typo:
                break
            moments.append(moment)
            moment += rng.uniform(10, 40)
    return sorted(moments)


def most_in_ten_minutes(moments):
    """Return the most wrong codes that fall within any ten minutes."""
    return max((bisect.bisect_right(moments, start + 600) - index for index, start in enumerate(moments)), default=0)


@pytest.mark.parametrize("hall", HALLS)
def test_a_hall_of_sixty_typing_parents_never_spends_the_budget(hall, capsys):
    rng = random.Random(2026)
    evenings = sorted(most_in_ten_minutes(wrong_codes_of_an_evening(rng, **HALLS[hall])) for _ in range(EVENINGS))
    with capsys.disabled():
        print(f"\n{hall} hall, {EVENINGS} evenings: wrong codes in the busiest ten minutes p50 {evenings[EVENINGS // 2]}, "
              f"p99 {evenings[EVENINGS * 99 // 100]}, max {evenings[-1]}; budget {DEFAULTS['BAD_CODE_LIMIT']}")
    assert evenings[-1] < DEFAULTS["BAD_CODE_LIMIT"]
    # And the limiter itself agrees: the worst evening of this model passes without a block.
    limiter, clock = limiter_with_clock()
    for moment in wrong_codes_of_an_evening(random.Random(7), **HALLS[hall]):
        clock.now = moment
        assert limiter.wait("school") == 0
        limiter.failed("school")


class Clock:
    """A clock the test moves by hand."""

    now = 0.0

    def __call__(self):
        return self.now


def limiter_with_clock():
    """Return a limiter with the default settings and the clock that drives it."""
    clock = Clock()
    return WrongCodes(DEFAULTS["BAD_CODE_LIMIT"], DEFAULTS["BAD_CODE_BLOCK"], clock=clock), clock


def guesses_in(days, patient):
    """Return how many codes a guesser from one address gets looked at in so many days.

    An impatient guesser tries again the moment a block ends; a patient one, once blocked, waits for the
    day that forgives the address and then spends the whole budget again.
    """
    limiter, clock = limiter_with_clock()
    guesses = 0
    while clock.now < days * DAY:
        wait = limiter.wait("guesser")
        if wait:
            clock.now += wait + (DAY if patient and limiter.seen["guesser"][2] else 0.001)
            continue
        limiter.failed("guesser")
        guesses += 1
        clock.now += 0.2
    return guesses


@pytest.mark.parametrize("patient", [False, True], ids=["impatient", "patient"])
def test_a_guesser_behind_one_address_gets_nowhere(patient, capsys):
    month = guesses_in(30, patient)
    codes, live = len(JOIN_CODE_ALPHABET) ** JOIN_CODE_LENGTH, 1000
    chance_a_year = 1 - (1 - live / codes) ** (month * 365 / 30)
    with capsys.disabled():
        print(f"\n{'patient' if patient else 'impatient'} guesser: {month} codes in 30 days ({month / 30:.0f} a day); "
              f"with {live} live codes among {codes:,}, a {chance_a_year:.1%} chance of any hit in a year")
    assert month / 30 < 200
    assert chance_a_year < 0.1


def test_blocks_grow_and_a_day_of_peace_forgives():
    limiter, clock = limiter_with_clock()
    for _ in range(DEFAULTS["BAD_CODE_LIMIT"]):
        limiter.failed("a")
    blocks = []
    for _ in range(4):
        blocks.append(limiter.wait("a"))
        clock.now += limiter.wait("a") + 1
        for _ in range(WrongCodes.AFTER_A_BLOCK):
            limiter.failed("a")
    assert blocks == [30.0, 60.0, 120.0, 240.0]
    assert limiter.wait("b") == 0  # another address is untouched
    clock.now += limiter.wait("a") + DAY + 1
    for _ in range(DEFAULTS["BAD_CODE_LIMIT"] - 1):
        limiter.failed("a")
    assert limiter.wait("a") == 0  # the full budget again


# Against a real server ------------------------------------------------------------------------------

def refusal(server, code, headers=None):
    """Connect a phone with a code; return the server's refusal data, or None when it got in."""
    peer = Peer()
    try:
        peer.connect(server, {"code": code}, headers=headers)
    except socketio.exceptions.ConnectionError:
        return peer.refusals.get(timeout=WAIT)
    peer.close()
    return None


def test_a_blocked_address_is_refused_the_right_code_too_and_told_when_to_try_again(own_server):
    server = own_server({"QPM_BAD_CODE_LIMIT": "3", "QPM_BAD_CODE_BLOCK": "2"})
    code = server.create_meeting()["code"]
    assert [refusal(server, wrong)["data"]["code"] for wrong in ("QQQQQQ", "WWWWWW", "EEEEEE")] == ["unknown_code"] * 3
    blocked = refusal(server, code)
    assert blocked["data"] == {"code": "too_many_attempts", "retry_after": 2}
    assert "too many wrong codes" in blocked["message"].lower() or "för många" in blocked["message"].lower()
    page = requests.get(f"{server.url}/j/{code}", timeout=WAIT)
    assert page.status_code == 429 and int(page.headers["Retry-After"]) <= 2
    time.sleep(blocked["data"]["retry_after"])
    assert refusal(server, code) is None  # the wait is over: the right code opens the meeting
    for wrong in ("RRRRRR", "TTTTTT", "YYYYYY"):  # after a block a few wrong codes bring a longer one
        refusal(server, wrong)
    assert refusal(server, code)["data"] == {"code": "too_many_attempts", "retry_after": 4}


def test_a_forged_forwarded_address_sent_straight_to_the_app_changes_nothing(own_server):
    """Without QPM_PROXIES the app trusts no X-Forwarded-For: a guesser cannot pose as many addresses."""
    server = own_server({"QPM_BAD_CODE_LIMIT": "3"})
    code = server.create_meeting()["code"]
    for number, wrong in enumerate(("QQQQQQ", "WWWWWW", "EEEEEE")):
        refusal(server, wrong, headers={"X-Forwarded-For": f"10.0.0.{number}"})
    forged = {"X-Forwarded-For": "10.9.9.9", "X-Real-IP": "10.9.9.9", "Forwarded": "for=10.9.9.9"}
    assert refusal(server, code, headers=forged)["data"]["code"] == "too_many_attempts"
    assert requests.get(f"{server.url}/j/{code}", headers=forged, timeout=WAIT).status_code == 429


def test_sixty_phones_behind_one_address_get_in_after_the_worst_evenings_typos(own_server):
    """The default budget on a real server: the worst modelled evening's wrong codes, then 60 phones."""
    server = own_server({})
    code = server.create_meeting()["code"]
    worst = max(most_in_ten_minutes(wrong_codes_of_an_evening(random.Random(seed), **HALLS["worst"]))
                for seed in range(200))
    for number in range(worst):
        assert requests.get(f"{server.url}/j/ZZZZ{number:02d}", timeout=WAIT).status_code == 404
    phones = []
    for _ in range(60):
        phone = Peer()
        phone.connect(server, {"code": code})
        phones.append(phone)
    assert all(phone.inbox["state"].get(timeout=WAIT)["role"] == "parent" for phone in phones)
    for phone in phones:
        phone.close()
