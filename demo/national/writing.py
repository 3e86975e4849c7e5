"""Writing generated rows fast: COPY on PostgreSQL, batched INSERTs elsewhere."""

import itertools
from collections.abc import Iterable

from django.core.management.color import no_style
from django.db import connection

INSERT_BATCH = 2000


def write_rows(model, fields: Iterable[str], rows: Iterable[tuple]) -> int:
    """Insert rows (values in the order of `fields`, by attribute name) into the model's table; return how many.

    On PostgreSQL the rows stream through COPY, formatted and sent by a second
    thread while this one goes on generating; elsewhere they go in batched
    INSERTs. The rows must not come from database queries: the connection is
    busy with the COPY while they are generated.
    """
    fields = [model._meta.get_field(name) for name in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(model_field.column) for model_field in fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from psycopg.copy import QueuedLibpqWriter

            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({columns}) FROM STDIN", writer=QueuedLibpqWriter(raw)) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        placeholders = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        prepare = [model_field.get_db_prep_save for model_field in fields]
        rows = iter(rows)
        while batch := list(itertools.islice(rows, INSERT_BATCH)):
            values = [tuple(prep(value, connection) for prep, value in zip(prepare, row, strict=True)) for row in batch]
            cursor.executemany(sql, values)
            count += len(values)
    return count


def reset_sequences(*models) -> None:
    """Move id sequences past ids that were set explicitly."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), list(models)):
            cursor.execute(sql)


def analyse(*models) -> None:
    """Refresh the planner's statistics so the first queries on the new rows are planned well."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
