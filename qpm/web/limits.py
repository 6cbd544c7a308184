"""Rate limits kept in process memory only: they protect the server and are never stored."""
import time
from collections import OrderedDict


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


class Attempts:
    """Counts failed attempts per address in a sliding minute, forgetting old addresses."""

    def __init__(self, limit, window=60.0, most_addresses=10000, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.most_addresses = most_addresses
        self.clock = clock
        self.seen = OrderedDict()

    def blocked(self, address):
        """Return whether an address has failed too often lately."""
        return len(self._recent(address)) >= self.limit

    def failed(self, address):
        """Record a failed attempt by an address."""
        self.seen[address] = self._recent(address) + [self.clock()]
        self.seen.move_to_end(address)
        while len(self.seen) > self.most_addresses:
            self.seen.popitem(last=False)

    def _recent(self, address):
        cutoff = self.clock() - self.window
        return [moment for moment in self.seen.get(address, ()) if moment > cutoff]
