"""Persistence with SQLAlchemy Core: a SQLite file (WAL) by default, PostgreSQL for scale."""
import hashlib
import hmac
from collections import Counter
from dataclasses import replace

from sqlalchemy import delete, event, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, InterfaceError, InternalError, OperationalError
from sqlalchemy.exc import TimeoutError as NoConnectionFree

from .batch import GroupInsert
from .counters import Counters
from .database import Compiled, durable_sqlite, one_process_at_a_time, open_engine
from .recent import RecentMeetings
from .statements import (ADD_PARTICIPANTS, CONTRIBUTION_BY_ID, CONTRIBUTION_BY_KEY, KEY_USED, MEETING_BY_CODE,
                         MEETING_BY_ID, PHONE_COUNTED, one_phone_counted)
from .tables import (agreements, changing_row, contribution_from, contribution_row, contributions, counters,
                     meeting_from, meeting_row, meetings, metadata, wish_from, wishes)
from .upgrade import add_missing_columns

# How a database says it cannot take a write now: a full disk, a stopped server, a lost connection, or no
# pooled connection free within its timeout.
STORE_FAILURES = (OperationalError, InterfaceError, InternalError, NoConnectionFree, OSError)
# PostgreSQL connections of a process's store (kept, more for a moment): for the reads and single statements,
# each holding one for a round trip; for the transactions of several statements (a host's moderation, a phone
# counted); and the group commit's own. With the counters' they keep two processes and the tests well inside
# the server's 100 connections. None is opened before it is needed; kept ones are not opened again and again.
READ_CONNECTIONS, TRANSACTION_CONNECTIONS, COMMIT_CONNECTIONS = (10, 0), (2, 3), (1, 0)


def hash_token(token):
    """Return the stored form of a host token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """The meetings, their contributions and the parents' wishes, in a database."""

    def __init__(self, url):
        sqlite = url.startswith("sqlite")
        self.engine = open_engine(url, TRANSACTION_CONNECTIONS)
        if sqlite:
            event.listen(self.engine, "connect", durable_sqlite)
        # On PostgreSQL, reads and single statements take one round trip each (no BEGIN, no COMMIT), and the
        # group commit has a connection of its own: a commit never waits behind the reads for a pooled one.
        self.quick = self.engine if sqlite else open_engine(url, READ_CONNECTIONS, autocommit=True)
        self.commits = self.engine if sqlite else open_engine(url, COMMIT_CONNECTIONS, autocommit=True)
        # Every contribution asks whether its key was used, and every phone's connect whether it was counted.
        self.key_check, self.phone_check = Compiled(self.quick, KEY_USED), Compiled(self.quick, PHONE_COUNTED)
        # Every phone's connect reads its meeting, and every host's event: on the driver, a fifth of the time.
        self.by_id, self.by_code = Compiled(self.quick, MEETING_BY_ID), Compiled(self.quick, MEETING_BY_CODE)
        self.group_insert = GroupInsert(self, sqlite)
        # The phones connecting together are counted in one transaction (a writer of their own, like ideas').
        self.phone_insert = Compiled(self.engine, one_phone_counted(sqlite_insert if sqlite else postgresql_insert))
        self.participants_added = Compiled(self.engine, ADD_PARTICIPANTS)
        self.recent = RecentMeetings(self.meeting)  # .meeting(id): for the phones' events
        with one_process_at_a_time(self.engine):
            metadata.create_all(self.engine)
            add_missing_columns(self.engine, metadata)
        self.counters = Counters(url)

    def writable(self):
        """Return whether the database takes a write now (a full disk or a stopped server says no)."""
        try:
            return self._write_probe()
        except STORE_FAILURES:
            return False

    def _write_probe(self):
        with self.engine.begin() as db:
            db.execute(update(meetings).where(meetings.c.id == "").values(participants=0))
            db.execute(delete(counters).where(counters.c.key == "healthz-probe"))
            db.execute(insert(counters).values(key="healthz-probe", full_at=0.0))
        return True

    def ready(self):
        """Return whether the database answers."""
        with self.quick.connect() as db:
            return db.execute(select(1)).scalar() == 1

    # Meetings ------------------------------------------------------------------------------------------

    def add_meeting(self, meeting, host_token, screen_token):
        """Store a new meeting; raise IntegrityError when its id or code is taken."""
        with self.engine.begin() as db:
            db.execute(insert(meetings).values(
                **meeting_row(meeting), host_token_hash=hash_token(host_token), screen_token=screen_token))

    def meeting(self, meeting_id):
        """Return a meeting by id, or None."""
        return self._one_meeting(self.by_id, meeting_id) if isinstance(meeting_id, str) else None

    def meeting_by_code(self, code):
        """Return a meeting by its join code, or None."""
        return self._one_meeting(self.by_code, code) if isinstance(code, str) else None

    @staticmethod
    def _one_meeting(compiled, value):
        row = compiled.first({"value": value})
        return meeting_from(row) if row else None

    def save_meeting(self, meeting):
        """Store what changed in a running meeting: phase, settings, timer, notes, letter."""
        with self.engine.begin() as db:
            db.execute(update(meetings).where(meetings.c.id == meeting.id).values(**changing_row(meeting)))
        self.recent.forget(meeting.id)

    def forget_closed_before(self, moment):
        """Delete the meetings closed before a moment, with all they hold; return how many."""
        with self.engine.begin() as db:
            forgotten = db.execute(delete(meetings).where(meetings.c.closed_at < moment)).rowcount
        self.recent.forget()
        return forgotten

    def phone_counted(self, meeting_id, phone_hash):
        """Return whether a phone was counted in a meeting already."""
        return self.phone_check.first({"meeting_id": meeting_id, "phone_hash": phone_hash}) is not None

    def count_participants(self, phones_seen):
        """Count each (meeting id, phone hash) once per meeting, all in one transaction (so every process
        agrees); return for each whether it was new."""
        try:
            counted, added = self._count_together(phones_seen)
        except IntegrityError:  # a meeting deleted meanwhile: each on its own, and its phone is not counted
            return [False] if len(phones_seen) == 1 else [
                new for seen in phones_seen for new in self.count_participants([seen])]
        for meeting_id in +added:  # the meetings with a phone more
            self.recent.forget(meeting_id)
        return counted

    def _count_together(self, phones_seen):
        counted, added = [], Counter()
        with self.phone_insert.cursor() as cursor:
            for meeting_id, phone_hash in phones_seen:
                cursor.execute(self.phone_insert.sql, self.phone_insert.parameters(
                    {"meeting_id": meeting_id, "phone_hash": phone_hash}))
                counted.append(cursor.rowcount == 1)  # 0: counted before, here or in another process
                added[meeting_id] += counted[-1]
            for meeting_id, number in added.items():
                if number:
                    cursor.execute(self.participants_added.sql, self.participants_added.parameters(
                        {"meeting_id": meeting_id, "added": number}))
        return counted, added

    def host_may_enter(self, meeting_id, host_token):
        """Return whether a host token opens a meeting."""
        return self._token_matches(meetings.c.host_token_hash, meeting_id, host_token, hash_token)

    def screen_may_enter(self, meeting_id, screen_token):
        """Return whether a screen token opens a meeting's projector view."""
        return self._token_matches(meetings.c.screen_token, meeting_id, screen_token, str)

    def _token_matches(self, column, meeting_id, token, stored_form):
        if not isinstance(meeting_id, str) or not isinstance(token, str) or not token:
            return False
        with self.quick.connect() as db:
            stored = db.execute(select(column).where(meetings.c.id == meeting_id)).scalar()
        # As bytes: compare_digest refuses a str that is not ASCII, and a token in a URL may be anything.
        return stored is not None and hmac.compare_digest(
            stored.encode(), stored_form(token).encode("utf-8", "surrogatepass"))

    def screen_token(self, meeting_id):
        """Return the read-only token of a meeting's projector view."""
        with self.quick.connect() as db:
            return db.execute(select(meetings.c.screen_token).where(meetings.c.id == meeting_id)).scalar()

    # Contributions -------------------------------------------------------------------------------------

    def add_contribution(self, contribution):
        """Commit a contribution and return (it with its id, True); a key already used returns (stored, False)."""
        row = contribution_row(contribution)
        try:
            with self.engine.begin() as db:
                new_id = db.execute(insert(contributions).values(row)).inserted_primary_key[0]
            return replace(contribution, id=new_id), True
        except IntegrityError:
            stored = self.contribution_by_key(contribution.meeting_id, contribution.key)
            if stored is None:
                raise
            return stored, False

    def add_contributions(self, drafts):
        """Commit many contributions at once; return (stored, is_new) for each, a used key stored once."""
        return self.group_insert.add(drafts)

    def contribution(self, meeting_id, contribution_id):
        """Return one contribution of a meeting, or None."""
        if not isinstance(contribution_id, int) or isinstance(contribution_id, bool) \
                or not -2**63 <= contribution_id < 2**63:  # beyond 64 bits no row has it, and SQL would overflow
            return None
        return self._one_contribution(CONTRIBUTION_BY_ID, meeting_id=meeting_id, id=contribution_id)

    def _one_contribution(self, statement, **values):
        with self.quick.connect() as db:
            row = db.execute(statement, values).mappings().first()
        return contribution_from(row) if row else None

    def contributions(self, meeting_id, statuses=None, question_index=None):
        """Return a meeting's contributions in the order they came, optionally only some statuses or one question."""
        query = select(contributions).where(contributions.c.meeting_id == meeting_id)
        if statuses:
            query = query.where(contributions.c.status.in_(statuses))
        if question_index is not None:
            query = query.where(contributions.c.question_index == question_index)
        with self.quick.connect() as db:
            rows = db.execute(query.order_by(contributions.c.id)).mappings().all()
        return [contribution_from(row) for row in rows]

    def newest_shown(self, meeting_id, question_index, limit, before=None):
        """Return up to `limit` visible ideas of a question older than id `before` (oldest first) and how many older remain."""
        shown = (contributions.c.meeting_id == meeting_id) & (contributions.c.status == "visible") \
            & (contributions.c.question_index == question_index)
        if before is not None:
            shown = shown & (contributions.c.id < before)
        newest = select(contributions).where(shown).order_by(contributions.c.id.desc()).limit(limit)
        with self.quick.connect() as db:
            rows = db.execute(newest).mappings().all()
            older = db.execute(select(func.count()).where(shown & (contributions.c.id < rows[-1]["id"]))).scalar_one() \
                if len(rows) == limit else 0
        return [contribution_from(row) for row in reversed(rows)], older

    def save_contribution(self, contribution):
        """Store a moderated contribution: status, star, group, text, reasons, agreement count, in the letter."""
        with self.engine.begin() as db:
            db.execute(update(contributions).where(contributions.c.id == contribution.id).values(
                status=contribution.status, starred=contribution.starred, group_name=contribution.group,
                text=contribution.text, agrees=contribution.agrees, held_for=",".join(contribution.held_for),
                in_letter=contribution.in_letter))

    def contribution_by_key(self, meeting_id, key):
        """Return the contribution a phone sent with this key, or None."""
        return self._one_contribution(CONTRIBUTION_BY_KEY, meeting_id=meeting_id, key=key)

    def key_used(self, meeting_id, key):
        """Return whether a phone's key was used in a meeting: one quick statement, a new idea's usual answer."""
        return self.key_check.first({"meeting_id": meeting_id, "key": key}) is not None

    def remove_contribution(self, contribution):
        """Delete a withdrawn contribution for good: its text may hold a child's name."""
        with self.engine.begin() as db:
            db.execute(delete(agreements).where(agreements.c.contribution_id == contribution.id))
            db.execute(delete(contributions).where(contributions.c.id == contribution.id))

    def agree(self, contribution, key):
        """Count a phone's agreement once per key; return the contribution with its count now."""
        try:
            with self.engine.begin() as db:
                db.execute(insert(agreements).values(contribution_id=contribution.id, key=key))
                db.execute(update(contributions).where(contributions.c.id == contribution.id).values(
                    agrees=contributions.c.agrees + 1))
        except IntegrityError:
            pass  # this phone agreed already
        return self.contribution(contribution.meeting_id, contribution.id)

    # Wishes --------------------------------------------------------------------------------------------

    def add_wish(self, wish):
        """Commit a parent's wish for the next question and return it with its id."""
        with self.engine.begin() as db:
            new_id = db.execute(insert(wishes).values(meeting_id=wish.meeting_id, text=wish.text,
                                                      created_at=wish.created_at)).inserted_primary_key[0]
        return replace(wish, id=new_id)

    def wishes(self, meeting_id):
        """Return a meeting's wishes for the next question, oldest first."""
        query = select(wishes).where(wishes.c.meeting_id == meeting_id).order_by(wishes.c.id)
        with self.quick.connect() as db:
            return [wish_from(row) for row in db.execute(query).mappings().all()]

