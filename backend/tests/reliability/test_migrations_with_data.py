"""Migrations with data in the tables, and backups that restore to the same account.

Every revision brings a seed: representative rows (every kind of object) inserted right after
upgrading to it, from migration_data/<revision>.json. Upgrading revision by revision to head must
keep every earlier seed; downgrading step by step must keep the seeds of the revisions still in
place, down to an empty base. Add `migration_data/<new revision>.json` with each new revision.

On Postgres, `pg_dump` → `pg_restore` into a fresh database → the whole-account JSON export is
identical.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from rapport.cli import alembic_config
from rapport.config import Settings
from rapport.main import create_app
from tests.conftest import Account, throwaway_database
from tests.live import require_postgres
from tests.reliability.migration_rows import DATA, insert, load, present
from tests.security.crawl import API, populate


def revisions_in_order(url: str) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(url))
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


def test_every_revision_has_seed_data(scratch_url: str) -> None:
    missing = [r for r in revisions_in_order(scratch_url) if not (DATA / f"{r}.json").is_file()]
    assert not missing, f"add tests/reliability/migration_data/<revision>.json for {missing}"


def test_upgrades_and_downgrades_keep_the_data(scratch_url: str) -> None:
    config = alembic_config(scratch_url)
    revisions = revisions_in_order(scratch_url)
    engine = create_engine(scratch_url)
    try:
        seeded: list[str] = []
        for revision in revisions:
            command.upgrade(config, revision)
            with engine.begin() as connection:
                for earlier in seeded:
                    assert not present(connection, load(earlier)), (
                        f"{earlier} data after {revision}"
                    )
                insert(connection, load(revision))
            seeded.append(revision)
        with engine.connect() as connection:
            for revision in seeded:
                assert not present(connection, load(revision)), f"{revision} data at head"
            users = connection.execute(text("SELECT count(*) FROM users")).scalar_one()
            assert users >= 1

        for index in range(len(revisions) - 1, 0, -1):
            command.downgrade(config, revisions[index - 1])
            with engine.connect() as connection:
                for revision in revisions[:index]:
                    assert not present(connection, load(revision)), f"{revision} after downgrade"
        command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_the_seeded_data_is_usable_through_the_api(scratch_url: str, tmp_path: Path) -> None:
    """The seed is real data: after migrating to head, its owner can sign in and read it."""
    command.upgrade(alembic_config(scratch_url), "head")
    engine = create_engine(scratch_url)
    with engine.begin() as connection:
        for revision in revisions_in_order(scratch_url):
            insert(connection, load(revision))
    engine.dispose()
    application = create_app(Settings(env="test", database_url=scratch_url, frontend_dist=tmp_path))
    try:
        client = TestClient(application)
        signed_in = client.post(
            f"{API}/auth/login",
            json={"email": "migrator@example.edu", "password": "correct horse battery staple"},
        )
        assert signed_in.status_code == 200, signed_in.text
        export = client.get(f"{API}/export")
        assert export.status_code == 200, export.text
        assert len(export.json()["contacts"]) >= 5
        assert export.json()["interviews"]
    finally:
        application.state.db.dispose()


def _run(*command_line: str) -> None:
    subprocess.run(command_line, check=True, timeout=300, capture_output=True)


def _export(app: FastAPI, token: str) -> dict:
    response = TestClient(app).get(f"{API}/export", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    body = response.json()
    body.pop("exported_at")
    return body


def test_a_restored_backup_exports_the_same_account(
    app: FastAPI, alice: Account, database_url: str, tmp_path: Path
) -> None:
    require_postgres(database_url)
    populate(alice)
    alice.post(f"{API}/contacts", json={"full_name": "Ünïcødé Çontact", "tags": ["émigré"]})
    before = _export(app, alice.token)

    url = make_url(database_url)
    dump = tmp_path / "backup.dump"
    connection_args = [
        "-h",
        url.host or "127.0.0.1",
        "-p",
        str(url.port or 5432),
        "-U",
        url.username or "postgres",
    ]
    _run("pg_dump", *connection_args, "-Fc", "-f", str(dump), str(url.database))
    with throwaway_database(database_url, tmp_path, "rapport_restore") as restored_url:
        restored = str(make_url(restored_url).database)
        _run("pg_restore", *connection_args, "--no-owner", "-d", restored, str(dump))
        copy = create_app(Settings(env="test", database_url=restored_url, frontend_dist=tmp_path))
        try:
            after = _export(copy, alice.token)
        finally:
            copy.state.db.dispose()
    assert after == before
    assert len(after["contacts"]) >= 5
