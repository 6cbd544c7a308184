"""Phones connected to a meeting across every server process: each process reports its own count."""
import json
import time

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .tables import presence


class Presence:
    """One row per meeting and process: how many phones it holds and in which languages, refreshed while held."""

    GONE_AFTER = 90.0  # seconds without a refresh: that process has stopped (a refresh comes every 30 s)

    def __init__(self, engine, clock=time.time):
        self.engine = engine  # the counters' engine: a presence row lost in a power cut only forgets a count
        self.insert = sqlite_insert if engine.dialect.name == "sqlite" else postgresql_insert
        self.clock = clock

    def report(self, meeting_id, process, languages):
        """Store what one process holds in a meeting now: {language: phones}; nothing when it holds none."""
        phones = sum(languages.values())
        with self.engine.begin() as db:
            if not phones:
                db.execute(delete(presence).where((presence.c.meeting_id == meeting_id) & (presence.c.process == process)))
                return
            row = {"phones": phones, "languages": json.dumps(languages), "seen_at": self.clock()}
            db.execute(self.insert(presence).values(meeting_id=meeting_id, process=process, **row)
                       .on_conflict_do_update(index_elements=[presence.c.meeting_id, presence.c.process], set_=row))

    def here(self, meeting_id):
        """Return the phones connected to a meeting in all live processes, and their languages {language: phones}."""
        with self.engine.connect() as db:
            rows = db.execute(select(presence.c.languages).where(
                (presence.c.meeting_id == meeting_id) & (presence.c.seen_at > self.clock() - self.GONE_AFTER))).all()
        languages = {}
        for (counted,) in rows:
            for language, phones in json.loads(counted).items():
                languages[language] = languages.get(language, 0) + phones
        return sum(languages.values()), dict(sorted(languages.items(), key=lambda item: (-item[1], item[0])))

    def forget_gone(self):
        """Delete the rows of processes that stopped without saying so (a kill -9, a power cut)."""
        with self.engine.begin() as db:
            db.execute(delete(presence).where(presence.c.seen_at < self.clock() - self.GONE_AFTER))
