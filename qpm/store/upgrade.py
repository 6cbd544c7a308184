"""Bring a database made by an older version up to today's schema: add the columns it lacks."""
from sqlalchemy import inspect, literal, text


def add_missing_columns(engine, metadata):
    """Add each column a table lacks, with its default, so a school's older meeting file keeps opening."""
    present = inspect(engine)
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if not present.has_table(table.name):
                continue  # create_all has just made it whole
            have = {column["name"] for column in present.get_columns(table.name)}
            for column in table.columns:
                if column.name not in have:
                    connection.execute(text(add_column(engine.dialect, table, column)))


def add_column(dialect, table, column):
    """Return the ALTER TABLE statement that adds one column, NOT NULL only where a default fills old rows."""
    quote = dialect.identifier_preparer.quote
    statement = f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column.name)} {column.type.compile(dialect)}"
    default = column.default.arg if column.default is not None and column.default.is_scalar else None
    if default is not None:
        value = literal(default, column.type).compile(dialect=dialect, compile_kwargs={"literal_binds": True})
        statement += f" DEFAULT {value}" + ("" if column.nullable else " NOT NULL")
    return statement
