"""Rate limits: per connection in memory, and per meeting and per client address in the store's counters."""
import hashlib
import hmac
import time
from collections import Counter, OrderedDict
from functools import lru_cache


class Bucket:
    """A token bucket: a burst of `size`, then one token every `interval` seconds."""

    def __init__(self, size, interval, clock=time.monotonic):
        self.size = size
        self.interval = interval
        self.clock = clock
        self.tokens = float(size)
        self.last = clock()

    def take(self):
        """Return whether a token was available (and take it)."""
        moment = self.clock()
        self.tokens = min(self.size, self.tokens + (moment - self.last) / self.interval)
        self.last = moment
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class WrongCodes:
    """A budget of wrong join codes per address, then a back-off that doubles while the wrong codes go on.

    A school hall shares one address, so the budget is set above what a hall of typing parents uses
    (tests/test_wrong_codes.py measures both that and what a guesser gets). Once it is spent, the address
    is refused outright for a while, the right code too (otherwise the block would tell a guesser when it
    hit); after that, a few wrong codes bring the next block, twice as long, until a day without one.
    Kept in memory: nginx's ip_hash sends an address to one process, and a restart only forgives.
    """

    AFTER_A_BLOCK = 3  # wrong codes between two blocks once an address has been blocked

    def __init__(self, budget, first_block=30.0, window=600.0, longest_block=3600.0, forgive_after=86400.0,
                 most_addresses=10000, clock=time.monotonic):
        self.budget, self.window = budget, window
        self.first_block, self.longest_block, self.forgive_after = first_block, longest_block, forgive_after
        self.most_addresses = most_addresses
        self.clock = clock
        self.seen = OrderedDict()  # address → (moments of recent wrong codes, blocked until, blocks so far)

    def wait(self, address):
        """Return how many seconds an address must still wait before a code is looked at (0 when none)."""
        entry = self.seen.get(address)
        return max(0.0, entry[1] - self.clock()) if entry else 0.0

    def failed(self, address):
        """Record a wrong code from an address, blocking it when its allowance is spent."""
        moment = self.clock()
        wrong, until, blocks = self.seen.pop(address, ((), 0.0, 0))
        if blocks and moment - until > self.forgive_after:
            blocks = 0
        wrong = [earlier for earlier in wrong if earlier > moment - self.window] + [moment]
        if len(wrong) >= (self.AFTER_A_BLOCK if blocks else self.budget):
            wrong, until = [], moment + min(self.first_block * 2 ** blocks, self.longest_block)
            blocks += 1
        self.seen[address] = (wrong, until, blocks)
        while len(self.seen) > self.most_addresses:
            self.seen.popitem(last=False)


class Floods:
    """Limits a reconnect does not reset, shared by every process, with nothing stored about a phone.

    A client address is only ever a keyed hash in a counter that expires within minutes. What one address
    may send grows with the phones it has in the meeting right now (a school's one NAT address holds a
    whole room), so a phone that reconnects in a loop gets exactly what one that stays connected gets.
    """

    AGREEMENT_INTERVAL = 600.0  # an address agrees with one idea once per phone it has, per ten minutes
    MEETING_INTERVAL = 20.0  # and creates a meeting every 20 s after its first few

    def __init__(self, counters, secret, config):
        self.counters = counters
        self.secret = secret.encode()
        self.burst, self.interval = config["CONTRIBUTION_BURST"], config["CONTRIBUTION_INTERVAL"]
        self.per_meeting = config["MEETING_CONTRIBUTIONS_PER_MINUTE"]
        self.meetings = config["MEETINGS_PER_ADDRESS"]
        self.present = Counter()  # (meeting id, address key) → parent connections in this process now

    def address_key(self, address):
        """Return the keyed hash an address is counted under (never the address itself)."""
        return hmac.new(self.secret, (address or "?").encode(), hashlib.sha256).hexdigest()[:32]

    def arrived(self, meeting_id, address_key):
        """Count a phone's connection from an address into a meeting."""
        self.present[meeting_id, address_key] += 1

    def left(self, meeting_id, address_key):
        """Forget a phone's connection."""
        self.present[meeting_id, address_key] -= 1
        if self.present[meeting_id, address_key] <= 0:
            del self.present[meeting_id, address_key]

    def may_send(self, kind, meeting_id, address_key):
        """Return whether a phone may send one more contribution or wish (and count it when it may).

        An address's bucket is its phones' buckets together; the meeting's own ceiling comes on top.
        """
        phones = self._phones(meeting_id, address_key)
        buckets = [(self._key((kind, meeting_id, address_key)), self.burst * phones, self.interval / phones)]
        if kind == "contribute":
            buckets.append((self._key((kind, meeting_id)), self.per_meeting / 2, 60 / self.per_meeting))
        return self.counters.take_each(buckets)

    def may_agree(self, meeting_id, address_key, idea_id):
        """Return whether one more agreement with an idea from an address counts: one per phone there."""
        # The bucket keeps its debt in time, so its refill must not speed up when a phone joins: a fixed
        # interval, and a burst as large as the phones there now.
        phones = self._phones(meeting_id, address_key)
        return self._take(("agree", meeting_id, address_key, str(idea_id)), phones, self.AGREEMENT_INTERVAL)

    def may_count_phone(self, meeting_id, address_key):
        """Return whether an address may add one more participant: about one per phone it has connected now."""
        # Its phones connected now, this one and one spare, then one a minute: a hall behind one address counts.
        return self._take(("phone", meeting_id, address_key), self.present[meeting_id, address_key] + 2, 60.0)

    def phone_key(self, meeting_id, phone):
        """Return the keyed hash a phone's own random value is counted under in one meeting."""
        return hmac.new(self.secret, f"{meeting_id}\x1f{phone}".encode(), hashlib.sha256).hexdigest()

    def may_create_meeting(self, address):
        """Return whether an address may create one more meeting: a few at once, then one every 20 s."""
        return self._take(("meeting", self.address_key(address)), self.meetings, self.MEETING_INTERVAL)

    def _phones(self, meeting_id, address_key):
        return max(1, self.present[meeting_id, address_key])

    def _take(self, scope, burst, interval):
        return self.counters.take(self._key(scope), burst, interval)

    @lru_cache(maxsize=4096)  # noqa: B019 — one Floods a process: its phones' scopes, hashed once each
    def _key(self, scope):
        return hmac.new(self.secret, "\x1f".join(scope).encode(), hashlib.sha256).hexdigest()
