"""Opening a database: what every engine of the store shares, whatever it is for."""
import sys
import threading
import time
from contextlib import contextmanager

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.exc import DBAPIError, InvalidatePoolError

# Seconds a new PostgreSQL connection may take: a stopped or unreachable server is a quick not_saved for the
# phone (which keeps its idea and sends it again), never a handler that hangs.
CONNECT_TIMEOUT = 5
# Seconds a handler may wait for a pooled connection, the same quick not_saved: well inside the 10 s a phone
# waits for its acknowledgement.
POOL_TIMEOUT = 5
# A connection unused this long is checked before use (a restarted server leaves only dead ones in the pool).
# One in use all the time is not: a ping on every checkout was a round trip more per statement. One that dies
# in use fails its statement once (a quick not_saved), and SQLAlchemy then drops every older one of its pool.
IDLE_BEFORE_PING = 1.0
# Any number of PostgreSQL's own: the advisory lock that lets one process at a time make the tables.
SCHEMA_LOCK = 0x51504D


def open_engine(url, connections=(5, 5), autocommit=False):
    """Return an engine for a SQLite file or a PostgreSQL server that recovers when the server comes back.

    `connections` is the PostgreSQL pool: kept open, and more opened for a moment. With `autocommit` each
    PostgreSQL statement is its own transaction, without a BEGIN or COMMIT round trip: for reads and
    single-statement writes. SQLite keeps its transactions (it has no round trips to save).
    """
    if url.startswith("sqlite"):
        return create_engine(url, connect_args={"timeout": 30})  # seconds to wait for another writer's lock
    kept, more = connections
    engine = create_engine(url, pool_size=kept, max_overflow=more, pool_timeout=POOL_TIMEOUT,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT},
                           **({"isolation_level": "AUTOCOMMIT"} if autocommit else {}))
    for moment in ("connect", "checkin"):
        event.listen(engine, moment, _note_last_use)
    event.listen(engine, "checkout", _ping_when_idle)
    if engine.dialect.driver == "psycopg":
        _wait_cooperatively()
    return engine


def _wait_cooperatively():
    """Under eventlet, make psycopg wait through the patched select: its C wait stops every green thread.

    gevent needs nothing: psycopg sees gevent's patching and waits through it by itself (3.1.14 and later).
    """
    patcher = sys.modules.get("eventlet.patcher")
    if patcher is not None and patcher.is_monkey_patched("select"):
        import psycopg.waiting
        psycopg.waiting.wait = psycopg.waiting.wait_select


def durable_sqlite(connection, _record):
    """WAL lets the screen read while phones write; FULL sync keeps a commit through a power cut."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _note_last_use(_dbapi_connection, record):
    record.info["used_at"] = time.monotonic()


def _ping_when_idle(dbapi_connection, record, _proxy):
    if time.monotonic() - record.info.get("used_at", 0.0) < IDLE_BEFORE_PING:
        return
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()  # the driver began a transaction for the ping
    except Exception as dead:  # the server went away: every older connection is dead too, new ones replace them
        raise InvalidatePoolError() from dead


@contextmanager
def one_process_at_a_time(engine):
    """Hold PostgreSQL's schema lock meanwhile: two processes started together would both CREATE TABLE."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as db:
        db.execute(select(func.pg_advisory_lock(SCHEMA_LOCK)))
        db.commit()
        try:
            yield
        finally:
            db.execute(select(func.pg_advisory_unlock(SCHEMA_LOCK)))
            db.commit()


class Compiled:
    """A statement compiled once for an engine, run straight on a DBAPI connection.

    For the few statements every contribution runs: SQLAlchemy's execution path costs ~200 µs a statement
    on SQLite (a counter's take measured 229 µs, the same SQL on the bare driver 28 µs).
    """

    def __init__(self, engine, statement):
        compiled = statement.compile(dialect=engine.dialect)
        self.engine, self.sql, self.order = engine, compiled.string, compiled.positiontup
        # What SQLAlchemy would do to a value first (a datetime as SQLite's text, a bool as 0 or 1).
        self.processors = {name: processor for name, bind in compiled.binds.items()
                           if (processor := bind.type.bind_processor(engine.dialect)) is not None}
        self.selected, self.readers = list(getattr(statement, "selected_columns", ())), None
        self.driver_error = engine.dialect.loaded_dbapi.Error
        # SQLite has no round trips and a green thread never yields inside a statement, so one connection,
        # held, serves every caller and spares the pool's checkout and return (~40 µs); the lock is for
        # real threads (`qpm letter`). PostgreSQL's statements wait on the network: a pooled one each.
        self.held, self.lock = None, threading.Lock() if engine.dialect.name == "sqlite" else None

    def parameters(self, values):
        """Return the values in the driver's form: positional for SQLite, by name for psycopg."""
        if self.processors:
            values = {name: self.processors[name](value) if name in self.processors else value
                      for name, value in values.items()}
        return tuple(values[name] for name in self.order) if self.order else values

    def first(self, values):
        """Return the first row the SELECT gives for the values, by column name, or None."""
        with self.cursor() as cursor:
            cursor.execute(self.sql, self.parameters(values))
            row = cursor.fetchone()
            if self.readers is None:
                self.readers = self._readers(cursor.description)
        return None if row is None else {column.name: read(value) if read else value
                                         for column, read, value in zip(self.selected, self.readers, row)}

    def _readers(self, description):
        """Return what SQLAlchemy would do to each value read back (SQLite's text as a datetime, 0 or 1 as a
        bool); some depend on the type the driver names, so they are made on the first read."""
        dialect = self.engine.dialect
        return [column.type.dialect_impl(dialect).result_processor(dialect, described[1])
                for column, described in zip(self.selected, description)]

    @contextmanager
    def cursor(self):
        """Yield a cursor, commit after; a driver's error is raised as SQLAlchemy's, the pool told of a dead one."""
        if self.lock is not None:
            self.lock.acquire()
        connection = cursor = None
        try:
            connection = self.held or self.engine.raw_connection()  # not wrapped by SQLAlchemy: a pool's own
            if self.lock is not None:
                self.held = connection
            cursor = connection.cursor()
            yield cursor
            cursor.close()  # an open statement would hold SQLite's snapshot, and the WAL would only grow
            connection.commit()
        except BaseException as failure:
            if self.held is not None:
                self._undo(cursor)
            if not isinstance(failure, self.driver_error):
                raise
            gone = connection is not None and self.engine.dialect.is_disconnect(
                failure, connection.dbapi_connection, cursor)
            if gone:
                connection.invalidate(failure)
                self.held = None
            # No statement or values in the error: a value may be what a parent wrote.
            raise DBAPIError.instance(None, None, failure, self.driver_error, hide_parameters=True,
                                      connection_invalidated=gone, dialect=self.engine.dialect) from failure
        finally:
            if self.lock is not None:
                self.lock.release()
            elif connection is not None:
                connection.close()

    def _undo(self, cursor):
        """Roll the held connection back: it must not keep half a transaction for the next caller."""
        try:
            if cursor is not None:
                cursor.close()
            self.held.rollback()
        except self.driver_error as failure:  # a connection that cannot roll back is not used again
            self.held.invalidate(failure)
            self.held = None
