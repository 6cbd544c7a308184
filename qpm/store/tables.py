"""The database schema (SQLAlchemy Core) and how rows become meetings, contributions and wishes."""
import json
from datetime import timezone

from sqlalchemy import (Boolean, Column, DateTime, Float, ForeignKey, Integer, MetaData, String, Table,
                        Text, UniqueConstraint)

from ..domain.contribution import Contribution, Wish
from ..domain.meeting import Meeting

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
    Column("age_group", String(16), nullable=False, default=""),
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
    Column("wall_on_phones", Boolean, nullable=False, default=False),
    Column("reveal_mode", Boolean, nullable=False, default=False),
    Column("revealed", Boolean, nullable=False, default=True),
    Column("timer_ends_at", DateTime(timezone=True)),
    Column("timer_left", Float),
    Column("notes", Text, nullable=False, default="{}"),  # JSON: phase → the host's own note
    Column("join_address", Text, nullable=False, default=""),  # the host's choice for the QR code
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
    Column("held_for", Text, nullable=False, default=""),  # comma-separated personal-data codes
    Column("in_letter", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The phone's own key makes a resend after a lost acknowledgement store nothing new.
    UniqueConstraint("meeting_id", "key", name="one_contribution_per_key"),
)

# One row per agreement, keyed by a random key the phone made for it: agreeing twice counts once.
# Phones counted as taking part: a keyed hash of the phone's own random value, never the value itself.
phones = Table(
    "phones", metadata,
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("phone_hash", String(64), nullable=False),
    UniqueConstraint("meeting_id", "phone_hash", name="one_count_per_phone"),
)

agreements = Table(
    "agreements", metadata,
    Column("contribution_id", Integer, ForeignKey("contributions.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(64), nullable=False),
    UniqueConstraint("contribution_id", "key", name="one_agreement_per_key"),
)

wishes = Table(
    "wishes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Who is here, counted per server process for the host's "phones connected" and the letter's languages: how
# many parent sockets a process holds in a meeting and their languages, nothing about any one phone. A process
# refreshes its rows; a row not refreshed for a while belongs to a process that is gone and is not counted.
presence = Table(
    "presence", metadata,
    Column("meeting_id", String(32), primary_key=True),
    Column("process", String(32), primary_key=True),
    Column("phones", Integer, nullable=False),
    Column("languages", Text, nullable=False, default="{}"),  # JSON {language: phones}
    Column("seen_at", Float, nullable=False),  # seconds since 1970
)

# Short-lived rate limits shared by every server process: a keyed hash (of a meeting, or of a meeting and
# a client address, never the address itself) and the moment its bucket is empty again. A row is useless
# once that moment has passed, at most minutes later, and is then deleted.
counters = Table(
    "counters", metadata,
    Column("key", String(64), primary_key=True),
    Column("full_at", Float, nullable=False),  # seconds since 1970 when the bucket has refilled
)

# What changes during a meeting; the rest is fixed when it is created, and `participants` is only counted.
CHANGING = ("phase", "question_index", "closed_at", "premoderation", "closing_text", "next_meeting", "signature",
            "letter_published", "wall_on_phones", "reveal_mode", "revealed", "timer_ends_at", "timer_left",
            "notes", "join_address")
FIXED = ("id", "code", "kind", "title", "unit", "theme", "age_group", "language", "created_at", "participants")
JSON_LISTS = ("info", "questions", "accepted_as_is")


def meeting_row(meeting):
    """Return a meeting as a row of the meetings table."""
    row = {name: getattr(meeting, name) for name in FIXED + CHANGING}
    row.update({name: json.dumps(list(getattr(meeting, name))) for name in JSON_LISTS})
    row["notes"] = json.dumps(meeting.notes)
    return row


def changing_row(meeting):
    """Return the columns of a meeting that change while it runs."""
    row = meeting_row(meeting)
    return {name: row[name] for name in CHANGING}


def meeting_from(row):
    """Return the Meeting a row holds."""
    fields = {name: row[name] for name in FIXED + CHANGING}
    fields.update({name: tuple(json.loads(row[name])) for name in JSON_LISTS})
    fields.update(notes=json.loads(row["notes"]), created_at=utc(row["created_at"]),
                  closed_at=utc(row["closed_at"]), timer_ends_at=utc(row["timer_ends_at"]))
    return Meeting(**fields)


def contribution_row(contribution):
    """Return a contribution as a row of the contributions table (without its id)."""
    return {
        "meeting_id": contribution.meeting_id, "question_index": contribution.question_index,
        "key": contribution.key, "text": contribution.text, "status": contribution.status,
        "starred": contribution.starred, "group_name": contribution.group, "agrees": contribution.agrees,
        "held_for": ",".join(contribution.held_for), "created_at": contribution.created_at,
        "in_letter": contribution.in_letter,
    }


def contribution_from(row):
    """Return the Contribution a row holds."""
    return Contribution(
        id=row["id"], meeting_id=row["meeting_id"], question_index=row["question_index"], key=row["key"],
        text=row["text"], status=row["status"], starred=row["starred"], group=row["group_name"],
        agrees=row["agrees"], held_for=tuple(filter(None, row["held_for"].split(","))),
        created_at=utc(row["created_at"]), in_letter=row["in_letter"],
    )


def wish_from(row):
    """Return the Wish a row holds."""
    return Wish(id=row["id"], meeting_id=row["meeting_id"], text=row["text"], created_at=utc(row["created_at"]))


def utc(moment):
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment
