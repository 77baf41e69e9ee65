"""The migrations build the schema the models describe, on this test run's database kind, and
downgrade cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from rapport.cli import alembic_config
from rapport.models import Base

POSTGRES_ONLY_INDEXES = {"ix_contacts_user_id_search_text_trgm"}


def test_upgrade_then_downgrade_to_base(scratch_url: str) -> None:
    config = alembic_config(scratch_url)
    command.upgrade(config, "head")
    engine = create_engine(scratch_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        command.upgrade(config, "head")
    finally:
        engine.dispose()


def test_models_match_the_migrations(scratch_url: str) -> None:
    command.upgrade(alembic_config(scratch_url), "head")
    engine = create_engine(scratch_url)
    on_postgres = engine.dialect.name == "postgresql"

    def include_object(_obj, name, type_, _reflected, _compare_to):  # type: ignore[no-untyped-def]
        return on_postgres or not (type_ == "index" and name in POSTGRES_ONLY_INDEXES)

    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_every_migration_file_is_dated() -> None:
    versions = Path(__file__).resolve().parents[2] / "migrations" / "versions"
    files = [p.name for p in versions.glob("*.py")]
    assert files
    for name in files:
        assert name[:8].isdigit() and name[8] == "_", name
