"""The store: the schema and the SQLAlchemy Core queries (SQLite or PostgreSQL)."""
