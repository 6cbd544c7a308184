"""Persistence with SQLAlchemy Core: a SQLite file (WAL) by default, PostgreSQL for scale."""
import hashlib
import hmac
import json
from dataclasses import replace
from datetime import timezone

from sqlalchemy import (Boolean, Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, create_engine, event, func, insert, select, update)
from sqlalchemy.exc import IntegrityError

from .meeting import Contribution, Meeting, Wish

metadata = MetaData()

meetings = Table(
    "meetings", metadata,
    Column("id", String(32), primary_key=True),
    Column("code", String(12), nullable=False, unique=True),
    Column("host_token_hash", String(64), nullable=False),
    Column("screen_token", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("unit", Text, nullable=False, default=""),
    Column("theme", Text, nullable=False, default=""),
    Column("language", String(8), nullable=False),
    Column("info", Text, nullable=False),  # JSON list
    Column("questions", Text, nullable=False),  # JSON list
    Column("accepted_as_is", Text, nullable=False, default="[]"),  # JSON list of question indexes
    Column("premoderation", Boolean, nullable=False),
    Column("phase", String(16), nullable=False),
    Column("question_index", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True)),
    # Counted when a phone joins for the first time; nothing about the phone is kept.
    Column("participants", Integer, nullable=False, default=0),
    Column("closing_text", Text, nullable=False, default=""),
    Column("next_meeting", Text, nullable=False, default=""),
    Column("signature", Text, nullable=False, default=""),
    Column("letter_published", Boolean, nullable=False, default=False),
)

# No address, user agent or phone id: a stored contribution cannot be traced to a phone.
contributions = Table(
    "contributions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("question_index", Integer, nullable=False),
    Column("key", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("starred", Boolean, nullable=False, default=False),
    Column("group_name", Text),
    Column("agrees", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The phone's own key makes a resend after a lost acknowledgement store nothing new.
    UniqueConstraint("meeting_id", "key", name="one_contribution_per_key"),
)

wishes = Table(
    "wishes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


def hash_token(token):
    """Return the stored form of a host token."""
    return hashlib.sha256(token.encode()).hexdigest()


class Store:
    """The meetings and their contributions, in a database."""

    def __init__(self, url):
        sqlite = url.startswith("sqlite")
        self.engine = create_engine(url, future=True, pool_pre_ping=not sqlite,
                                    connect_args={"timeout": 30} if sqlite else {})
        if sqlite:
            event.listen(self.engine, "connect", _tune_sqlite)
        metadata.create_all(self.engine)

    def ready(self):
        """Return whether the database answers."""
        with self.engine.connect() as db:
            return db.execute(select(1)).scalar() == 1

    def add_meeting(self, meeting, host_token, screen_token):
        """Store a new meeting; raise IntegrityError when its id or code is taken."""
        with self.engine.begin() as db:
            db.execute(insert(meetings).values(
                **_meeting_row(meeting), host_token_hash=hash_token(host_token), screen_token=screen_token))

    def meeting(self, meeting_id):
        """Return a meeting by id, or None."""
        return self._one_meeting(meetings.c.id == meeting_id) if isinstance(meeting_id, str) else None

    def meeting_by_code(self, code):
        """Return a meeting by its join code, or None."""
        return self._one_meeting(meetings.c.code == code) if isinstance(code, str) else None

    def _one_meeting(self, where):
        with self.engine.connect() as db:
            row = db.execute(select(meetings).where(where)).mappings().first()
        return _meeting(row) if row else None

    def host_may_enter(self, meeting_id, host_token):
        """Return whether a host token opens a meeting."""
        return self._token_matches(meetings.c.host_token_hash, meeting_id, host_token, hash_token)

    def screen_may_enter(self, meeting_id, screen_token):
        """Return whether a screen token opens a meeting's projector view."""
        return self._token_matches(meetings.c.screen_token, meeting_id, screen_token, str)

    def _token_matches(self, column, meeting_id, token, stored_form):
        if not isinstance(meeting_id, str) or not isinstance(token, str) or not token:
            return False
        with self.engine.connect() as db:
            stored = db.execute(select(column).where(meetings.c.id == meeting_id)).scalar()
        return stored is not None and hmac.compare_digest(stored, stored_form(token))

    def screen_token(self, meeting_id):
        """Return the read-only token of a meeting's projector view."""
        with self.engine.connect() as db:
            return db.execute(select(meetings.c.screen_token).where(meetings.c.id == meeting_id)).scalar()

    def save_phase(self, meeting):
        """Store where a meeting stands: its phase and open question."""
        with self.engine.begin() as db:
            db.execute(update(meetings).where(meetings.c.id == meeting.id).values(
                phase=meeting.phase, question_index=meeting.question_index, closed_at=meeting.closed_at,
                letter_published=meeting.letter_published))

    def save_letter(self, meeting):
        """Store the host's parts of the letter and whether it is published."""
        with self.engine.begin() as db:
            db.execute(update(meetings).where(meetings.c.id == meeting.id).values(
                closing_text=meeting.closing_text, next_meeting=meeting.next_meeting,
                signature=meeting.signature, letter_published=meeting.letter_published))

    def count_participant(self, meeting_id):
        """Count one more phone that took part (in the database, so every server process agrees)."""
        with self.engine.begin() as db:
            db.execute(update(meetings).where(meetings.c.id == meeting_id).values(
                participants=meetings.c.participants + 1))

    def add_contribution(self, contribution):
        """Commit a contribution and return it with its id; a key already used returns the stored one."""
        row = _contribution_row(contribution)
        try:
            with self.engine.begin() as db:
                new_id = db.execute(insert(contributions).values(row)).inserted_primary_key[0]
            return _contribution(dict(row, id=new_id)), True
        except IntegrityError:
            stored = self._one_contribution((contributions.c.meeting_id == contribution.meeting_id)
                                            & (contributions.c.key == contribution.key))
            if stored is None:
                raise
            return stored, False

    def contribution(self, meeting_id, contribution_id):
        """Return one contribution of a meeting, or None."""
        if not isinstance(contribution_id, int) or isinstance(contribution_id, bool):
            return None
        return self._one_contribution((contributions.c.meeting_id == meeting_id)
                                      & (contributions.c.id == contribution_id))

    def _one_contribution(self, where):
        with self.engine.connect() as db:
            row = db.execute(select(contributions).where(where)).mappings().first()
        return _contribution(row) if row else None

    def contributions(self, meeting_id, statuses=None):
        """Return a meeting's contributions in the order they came, optionally only some statuses."""
        query = select(contributions).where(contributions.c.meeting_id == meeting_id)
        if statuses:
            query = query.where(contributions.c.status.in_(statuses))
        with self.engine.connect() as db:
            rows = db.execute(query.order_by(contributions.c.id)).mappings().all()
        return [_contribution(row) for row in rows]

    def count_contributions(self, meeting_id, question_index, statuses=("visible",)):
        """Return how many contributions of some statuses a question has."""
        query = select(func.count()).select_from(contributions).where(
            (contributions.c.meeting_id == meeting_id) & (contributions.c.question_index == question_index)
            & contributions.c.status.in_(statuses))
        with self.engine.connect() as db:
            return db.execute(query).scalar()

    def add_wish(self, wish):
        """Commit a parent's wish for the next question and return it with its id."""
        with self.engine.begin() as db:
            new_id = db.execute(insert(wishes).values(meeting_id=wish.meeting_id, text=wish.text,
                                                      created_at=wish.created_at)).inserted_primary_key[0]
        return replace(wish, id=new_id)

    def wishes(self, meeting_id):
        """Return a meeting's wishes for the next question, oldest first."""
        query = select(wishes).where(wishes.c.meeting_id == meeting_id).order_by(wishes.c.id)
        with self.engine.connect() as db:
            rows = db.execute(query).mappings().all()
        return [Wish(id=row["id"], meeting_id=row["meeting_id"], text=row["text"], created_at=_utc(row["created_at"]))
                for row in rows]

    def save_contribution(self, contribution):
        """Store a moderated contribution: its status, star, group and text."""
        with self.engine.begin() as db:
            db.execute(update(contributions).where(contributions.c.id == contribution.id).values(
                status=contribution.status, starred=contribution.starred, group_name=contribution.group,
                text=contribution.text))


def _tune_sqlite(connection, _record):
    """WAL lets the screen read while phones write; FULL sync keeps a commit through a power cut."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _meeting_row(meeting):
    return {
        "id": meeting.id, "code": meeting.code, "kind": meeting.kind, "title": meeting.title,
        "unit": meeting.unit, "theme": meeting.theme, "language": meeting.language,
        "info": json.dumps(list(meeting.info)), "questions": json.dumps(list(meeting.questions)),
        "accepted_as_is": json.dumps(list(meeting.accepted_as_is)), "premoderation": meeting.premoderation,
        "phase": meeting.phase, "question_index": meeting.question_index, "created_at": meeting.created_at,
        "closed_at": meeting.closed_at, "participants": meeting.participants,
        "closing_text": meeting.closing_text, "next_meeting": meeting.next_meeting,
        "signature": meeting.signature, "letter_published": meeting.letter_published,
    }


def _meeting(row):
    return Meeting(
        id=row["id"], code=row["code"], kind=row["kind"], title=row["title"], unit=row["unit"],
        theme=row["theme"], language=row["language"], info=tuple(json.loads(row["info"])),
        questions=tuple(json.loads(row["questions"])), accepted_as_is=tuple(json.loads(row["accepted_as_is"])),
        premoderation=row["premoderation"], phase=row["phase"], question_index=row["question_index"],
        created_at=_utc(row["created_at"]), closed_at=_utc(row["closed_at"]),
        participants=row["participants"], closing_text=row["closing_text"], next_meeting=row["next_meeting"],
        signature=row["signature"], letter_published=row["letter_published"],
    )


def _contribution_row(contribution):
    return {
        "meeting_id": contribution.meeting_id, "question_index": contribution.question_index,
        "key": contribution.key, "text": contribution.text, "status": contribution.status,
        "starred": contribution.starred, "group_name": contribution.group, "agrees": contribution.agrees,
        "created_at": contribution.created_at,
    }


def _contribution(row):
    return Contribution(
        id=row["id"], meeting_id=row["meeting_id"], question_index=row["question_index"], key=row["key"],
        text=row["text"], status=row["status"], starred=row["starred"], group=row["group_name"],
        agrees=row["agrees"], created_at=_utc(row["created_at"]),
    )


def _utc(moment):
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment
