"""Rate-limit counters in the store, so that every server process agrees and a reconnect resets nothing."""
import time

from sqlalchemy import Float, bindparam, case, delete, event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .database import Compiled, open_engine
from .tables import counters

# PostgreSQL connections for the counters and the presence rows (kept, more for a moment): each statement
# holds one for a single round trip.
COUNTER_CONNECTIONS = (8, 0)


class Counters:
    """Token buckets kept as one number per key: the moment the bucket will be full again.

    This is the generic cell-rate algorithm: a take is allowed while that moment lies at most
    (burst - 1) intervals ahead, and moves it one interval on. One statement does it atomically.
    """

    def __init__(self, url, clock=time.time):
        sqlite = url.startswith("sqlite")
        # Their own connections, without waiting for the disk: a counter lost in a power cut only forgets a limit.
        # Each statement here is its own transaction: on PostgreSQL one round trip, no BEGIN or COMMIT.
        self.engine = open_engine(url, COUNTER_CONNECTIONS, autocommit=True)
        event.listen(self.engine, "connect", _quick_sqlite if sqlite else _quick_postgresql)
        self.take_one = Compiled(self.engine, _take_one(sqlite_insert if sqlite else postgresql_insert))
        self.clock = clock
        self.takes = 0

    def take(self, key, burst, interval):
        """Take one from a key's bucket (a burst, then one every interval seconds); return False when empty."""
        return self.take_each([(key, burst, interval)])

    def take_each(self, buckets):
        """Take one from each (key, burst, interval) in turn, stopping at the first that is empty; return
        whether every one gave. One connection for all: a contribution takes from two buckets."""
        moment = self.clock()
        taken = True
        with self.take_one.cursor() as cursor:
            for key, burst, interval in buckets:
                cursor.execute(self.take_one.sql, self.take_one.parameters({
                    "bucket": key, "moment": moment, "interval": interval, "first_full": moment + interval,
                    "fullest": moment + (burst - 1) * interval}))
                if cursor.fetchone() is None:
                    taken = False
                    break
        self._forget_now_and_then(moment)
        return taken

    def _forget_now_and_then(self, moment):
        """Delete the buckets that have refilled: they hold nothing a default would not."""
        self.takes += 1
        if self.takes % 500 == 1:
            with self.engine.begin() as db:
                db.execute(delete(counters).where(counters.c.full_at < moment))


def _take_one(dialect_insert):
    """Return the statement of a take: a new bucket, or its moment moved on while not more than full."""
    moment, interval = bindparam("moment", type_=Float), bindparam("interval", type_=Float)
    later = case((counters.c.full_at > moment, counters.c.full_at), else_=moment) + interval
    return dialect_insert(counters).values(key=bindparam("bucket"), full_at=bindparam("first_full", type_=Float)) \
        .on_conflict_do_update(index_elements=[counters.c.key], set_={"full_at": later},
                               where=counters.c.full_at <= bindparam("fullest", type_=Float)) \
        .returning(counters.c.full_at)


def _quick_sqlite(connection, _record):
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def _quick_postgresql(connection, _record):
    cursor = connection.cursor()
    cursor.execute("SET synchronous_commit = off")
    cursor.close()
    connection.commit()
