"""A fresh PostgreSQL schema for a benchmark run, dropped afterwards; a clear line when no server answers."""

from __future__ import annotations

import uuid
from collections.abc import Callable


def in_fresh_schema(server: str, label: str, run: Callable[[str], None]) -> None:
    """Call `run` with a database URL whose search path is a new schema on `server`; drop the schema after."""
    try:
        import psycopg

        schema = f"oversight_{label}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"CREATE SCHEMA {schema}")
    except Exception as exc:  # no server, no database, no access: all mean the same here
        print(f"PostgreSQL: not measured: {str(exc).splitlines()[0]}")
        return
    try:
        run(f"{server}?options=-csearch_path%3D{schema}")
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")
