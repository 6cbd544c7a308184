"""Opening a database: what every engine of the store shares, whatever it is for."""
from sqlalchemy import create_engine

# Seconds a new PostgreSQL connection may take: a stopped or unreachable server is a quick not_saved for the
# phone (which keeps its idea and sends it again), never a handler that hangs.
CONNECT_TIMEOUT = 5


def open_engine(url):
    """Return an engine for a SQLite file or a PostgreSQL server that recovers when the server comes back."""
    if url.startswith("sqlite"):
        return create_engine(url, connect_args={"timeout": 30})  # seconds to wait for another writer's lock
    # A restarted server leaves only dead connections in the pool: each is checked before it is used.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT})
