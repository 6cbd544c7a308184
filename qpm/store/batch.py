"""The group commit's INSERT: the contributions waiting together in one transaction, a key stored once."""
from dataclasses import replace

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from .database import Compiled
from .statements import CONTRIBUTIONS_BY_KEYS, new_contributions, one_new_contribution
from .tables import contribution_from, contribution_row

# Contributions in one INSERT (SQLAlchemy's insertmanyvalues page): a failure undoes no other thousand's.
ROWS_AT_ONCE = 1000


class GroupInsert:
    """Per thousand: the new rows in one transaction, skipping the keys already stored, then one SELECT for
    those, only when there are any. On PostgreSQL one INSERT of many rows (one round trip, no BEGIN or
    COMMIT); on SQLite, with no round trips to save, each row straight on the driver and one commit."""

    def __init__(self, store, sqlite):
        self.store = store
        self.many = None if sqlite else new_contributions(postgresql_insert)
        self.one = Compiled(store.engine, one_new_contribution(sqlite_insert)) if sqlite else None

    def add(self, drafts):
        """Commit the drafts; return (stored, is_new) for each, in order."""
        return [result for start in range(0, len(drafts), ROWS_AT_ONCE)
                for result in self._add_together(drafts[start:start + ROWS_AT_ONCE])]

    def _add_together(self, drafts):
        first = {}  # (meeting, key) → the first draft with it: a key twice in one batch is stored once
        for draft in drafts:
            first.setdefault((draft.meeting_id, draft.key), draft)
        try:
            if self.one is None:
                with self.store.commits.begin() as db:
                    inserted = db.execute(self.many, [contribution_row(draft) for draft in first.values()])
                    new_ids = {(meeting_id, key): new_id for meeting_id, key, new_id in inserted}
                    stored = _stored(db, [both for both in first if both not in new_ids])
            else:
                new_ids = self._insert_each(first)
                with self.store.quick.connect() as db:
                    stored = _stored(db, [both for both in first if both not in new_ids])
        except IntegrityError:  # not a key (a meeting deleted meanwhile?): one by one, each on its own
            return [self.store.add_contribution(draft) for draft in drafts]
        results = []
        for draft in drafts:
            both = (draft.meeting_id, draft.key)
            if both in new_ids:
                results.append((replace(first[both], id=new_ids[both]), first[both] is draft))
            else:  # stored before; or withdrawn between the INSERT and the SELECT, then stored anew on its own
                results.append((stored[both], False) if both in stored else self.store.add_contribution(draft))
        return results

    def _insert_each(self, first):
        """Insert each row on SQLite's driver, all in one transaction (one fsync); return the new ids."""
        new_ids = {}
        with self.one.cursor() as cursor:
            for both, draft in first.items():
                cursor.execute(self.one.sql, self.one.parameters(contribution_row(draft)))
                row = cursor.fetchone()
                if row is not None:  # none: the key was stored before
                    new_ids[both] = row[0]
        return new_ids


def _stored(db, keys):
    """Return the contributions stored before under some (meeting, key) pairs, by pair."""
    return {(row["meeting_id"], row["key"]): contribution_from(row)
            for row in db.execute(CONTRIBUTIONS_BY_KEYS, {"keys": keys}).mappings()} if keys else {}
