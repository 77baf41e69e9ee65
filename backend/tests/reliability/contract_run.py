"""The contract run: Schemathesis' own CLI, every default check, against the app as `make run`
serves it (uvicorn, the built dashboard, a freshly migrated database), authenticated with a
personal bearer token.

    cd backend && ../.venv/bin/python -m tests.reliability.contract_run \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres --examples 30 --seed 1

`make contract` runs it on Postgres with 30 examples per operation and seed 1 (the run CI
repeats); `make fuzz` runs it longer with a random seed. The database (`rapport_contract_…`, or a
SQLite file) is created for the run and dropped afterwards. Settings: `schemathesis.toml`; the
rules JSON Schema cannot state: `contract.py`.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import throwaway_database
from tests.live import BACKEND, register, serve

REPO = BACKEND.parent
EMAIL = "contract@rapport.example"
PASSWORD = "correct horse battery staple"
# A second student. It shares everything with the run's account, so the counselor's side is
# tested too; the run's account shares with it, so it can leave comments for the run to delete.
STUDENT_EMAIL = "contract.student@rapport.example"
EVERYTHING = {"pipeline": True, "interviews": True, "notes": True, "referrals": True}


def _share(client: httpx.Client, counselor_email: str) -> str:
    share = client.post(
        "/api/v1/shares", json={"counselor_email": counselor_email, "scope": EVERYTHING}
    )
    assert share.status_code == 201, share.text
    return str(share.json()["id"])


def second_student(base: str, token: str) -> dict[str, str]:
    """The second student's account and the two shares; what the hooks need of them."""
    student_token = register(base, STUDENT_EMAIL, PASSWORD)
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {student_token}"}) as b:
        assert b.post("/api/v1/contacts", json={"full_name": "Shared Fixture"}).status_code == 201
        shared_id = _share(b, EMAIL)
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as run:
        own_share_id = _share(run, STUDENT_EMAIL)
    return {
        "RAPPORT_CONTRACT_SHARED_ID": shared_id,
        "RAPPORT_CONTRACT_OWN_SHARE_ID": own_share_id,
        "RAPPORT_CONTRACT_COUNSELOR_TOKEN": student_token,
    }


@contextmanager
def fresh_database(base_url: str, scratch: Path) -> Iterator[str]:
    """A new, migrated database for this run: on Postgres when `base_url` is one."""
    with throwaway_database(base_url, scratch, "rapport_contract") as url:
        _migrate(url)
        yield url


def _migrate(url: str) -> None:
    rapport = Path(sys.executable).with_name("rapport")
    environment = {**os.environ, "DATABASE_URL": url}
    subprocess.run([str(rapport), "db", "upgrade"], env=environment, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--examples", type=int, default=30, help="per operation")
    parser.add_argument("--seed", type=int, help="default: a random seed, printed")
    parser.add_argument("--workers", default="1")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else secrets.randbelow(2**32)
    print(f"== Schemathesis contract run: {options.examples} examples per operation, seed {seed}")

    dist = REPO / "frontend" / "dist"
    with tempfile.TemporaryDirectory(prefix="rapport-contract-") as scratch_dir:
        scratch = Path(scratch_dir)
        with fresh_database(options.database_url, scratch) as url:
            env = {"RAPPORT_FRONTEND_DIST": str(dist)} if (dist / "index.html").is_file() else {}
            with serve(url, scratch, env=env) as base:
                token = register(base, EMAIL, PASSWORD)
                student = second_student(base, token)
                environment = {
                    **os.environ,
                    "RAPPORT_CONTRACT_URL": base,
                    "RAPPORT_CONTRACT_TOKEN": token,
                    "RAPPORT_CONTRACT_DATABASE_URL": url,
                    "RAPPORT_CONTRACT_EMAIL": EMAIL,
                    "RAPPORT_CONTRACT_PASSWORD": PASSWORD,
                    **student,
                }
                command = [
                    str(Path(sys.executable).with_name("schemathesis")),
                    "--no-color",
                    "--config-file",
                    str(BACKEND / "schemathesis.toml"),
                    "run",
                    f"{base}/api/v1/openapi.json",
                    "--max-examples",
                    str(options.examples),
                    "--seed",
                    str(seed),
                    "--workers",
                    options.workers,
                ]
                result = subprocess.run(command, cwd=BACKEND, env=environment, check=False)
    print(f"== contract run {'passed' if result.returncode == 0 else 'FAILED'} (seed {seed})")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
