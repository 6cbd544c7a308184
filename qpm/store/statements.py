"""The statements every contribution runs, built once: SQLAlchemy then reuses their cache keys and compiled SQL."""
from sqlalchemy import Integer, bindparam, select, tuple_, update

from .tables import contributions, meetings, phones

MEETING_BY_ID = select(meetings).where(meetings.c.id == bindparam("value"))
MEETING_BY_CODE = select(meetings).where(meetings.c.code == bindparam("value"))
CONTRIBUTION_BY_KEY = select(contributions).where(
    (contributions.c.meeting_id == bindparam("meeting_id")) & (contributions.c.key == bindparam("key")))
KEY_USED = select(contributions.c.id).where(
    (contributions.c.meeting_id == bindparam("meeting_id")) & (contributions.c.key == bindparam("key")))
PHONE_COUNTED = select(phones.c.phone_hash).where(
    (phones.c.meeting_id == bindparam("meeting_id")) & (phones.c.phone_hash == bindparam("phone_hash")))
ADD_PARTICIPANTS = update(meetings).where(meetings.c.id == bindparam("meeting_id")).values(
    participants=meetings.c.participants + bindparam("added", type_=Integer))
CONTRIBUTIONS_BY_KEYS = select(contributions).where(  # keys: a list of (meeting id, key)
    tuple_(contributions.c.meeting_id, contributions.c.key).in_(bindparam("keys", expanding=True)))
CONTRIBUTION_BY_ID = select(contributions).where(
    (contributions.c.meeting_id == bindparam("meeting_id")) & (contributions.c.id == bindparam("id")))


def new_contributions(dialect_insert):
    """Return the INSERT of many contributions that skips a key already stored and returns each new row's id.

    Executed with a list of rows, it is one statement of many VALUES (SQLAlchemy's insertmanyvalues).
    """
    return dialect_insert(contributions).on_conflict_do_nothing(
        index_elements=[contributions.c.meeting_id, contributions.c.key]).returning(
        contributions.c.meeting_id, contributions.c.key, contributions.c.id)


def one_new_contribution(dialect_insert):
    """Return the INSERT of one contribution by named, typed values that skips a stored key and returns the id."""
    row = {column.name: bindparam(column.name, type_=column.type) for column in contributions.columns
           if column.name != "id"}
    return dialect_insert(contributions).values(row).on_conflict_do_nothing(
        index_elements=[contributions.c.meeting_id, contributions.c.key]).returning(contributions.c.id)


def one_phone_counted(dialect_insert):
    """Return the INSERT of a phone's count in a meeting that skips one counted before (rowcount 0)."""
    return dialect_insert(phones).values(meeting_id=bindparam("meeting_id"), phone_hash=bindparam("phone_hash")) \
        .on_conflict_do_nothing(index_elements=[phones.c.meeting_id, phones.c.phone_hash])
