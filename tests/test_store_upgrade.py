"""A meeting file made by an older version opens: missing columns are added with their defaults."""
import sqlite3

from qpm.store.store import Store
from qpm.store.tables import meetings, metadata
from qpm.web.rooms import open_room

NEWER_COLUMNS = {"join_address", "notes", "revealed", "reveal_mode", "wall_on_phones"}


def older_database(path):
    """Make a SQLite file with today's tables minus some columns of meetings, and one old meeting in it."""
    store = Store(f"sqlite:///{path}")
    room = open_room(store, {"kind": "qpm", "title": "Höstmöte",
                             "questions": ["Hur kan vi göra morgnarna lugna för våra barn?"]}, "sv")
    store.engine.dispose()
    with sqlite3.connect(path) as db:
        for column in NEWER_COLUMNS:
            db.execute(f"ALTER TABLE meetings DROP COLUMN {column}")
    return room.meeting.id


def test_an_older_meeting_file_opens_and_keeps_its_meetings(tmp_path):
    path = tmp_path / "old.sqlite3"
    meeting_id = older_database(path)
    with sqlite3.connect(path) as db:
        assert not NEWER_COLUMNS & {row[1] for row in db.execute("PRAGMA table_info(meetings)")}
    store = Store(f"sqlite:///{path}")
    meeting = store.meeting(meeting_id)
    assert meeting.title == "Höstmöte" and meeting.join_address == "" and meeting.revealed is True
    with sqlite3.connect(path) as db:
        assert {row[1] for row in db.execute("PRAGMA table_info(meetings)")} == {c.name for c in meetings.columns}
    Store(f"sqlite:///{path}")  # opening twice adds nothing twice


def test_every_column_has_a_way_into_old_rows():
    # A NOT NULL column without a default could not be added to a table that already has rows.
    for table in metadata.sorted_tables:
        if table.name not in ORIGINAL:
            continue  # a table newer than the first release is made whole by create_all
        for column in table.columns:
            if not column.nullable and not column.primary_key:
                assert column.default is not None or column.server_default is not None or \
                    column.name in ORIGINAL[table.name], f"{table.name}.{column.name}"


ORIGINAL = {  # the columns of the first release, which every database has
    "meetings": {"code", "host_token_hash", "screen_token", "kind", "title", "language", "info", "questions",
                 "premoderation", "phase", "question_index", "created_at"},
    "contributions": {"meeting_id", "question_index", "key", "text", "status", "created_at"},
    "agreements": {"contribution_id", "key"},
    "wishes": {"meeting_id", "text", "created_at"},
}


def test_the_age_group_is_stored_and_given_to_the_host(client):
    created = client.post("/api/meetings", json={"kind": "qpm", "title": "Vårmöte", "age_group": "lågstadiet",
                                                 "questions": ["Hur kan vi göra morgnarna lugna för våra barn?"]})
    assert created.status_code == 201
    meeting = created.get_json()
    state = client.get(f"/api/meetings/{meeting['id']}", headers={"Authorization": f"Bearer {meeting['host_token']}"})
    assert state.get_json()["meeting"]["age_group"] == "lågstadiet"
    refused = client.post("/api/meetings", json={"kind": "qpm", "title": "X", "age_group": "<b>",
                                                 "questions": ["Hur kan vi göra morgnarna lugna för våra barn?"]})
    assert refused.status_code == 400 and refused.get_json()["error"]["code"] == "bad_age"
