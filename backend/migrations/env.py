"""Alembic environment: the URL comes from Rapport's settings unless the caller passed one."""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context

from rapport.config import get_settings
from rapport.db import make_engine
from rapport.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    return config.attributes.get("database_url") or get_settings().resolved_database_url


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


# Indexes that exist on Postgres only (see their ddl_if in the models).
POSTGRES_ONLY_INDEXES = frozenset({"ix_contacts_search_text_trgm"})


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    on_postgres = connection.dialect.name == "postgresql"

    def include_object(_object, name, type_, _reflected, _compare_to):  # type: ignore[no-untyped-def]
        return on_postgres or not (type_ == "index" and name in POSTGRES_ONLY_INDEXES)

    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
