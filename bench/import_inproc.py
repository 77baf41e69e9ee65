"""The 10 000-row contact import, in process: time it and profile it without HTTP.

`make bench` times one import over HTTP on a busy server; this seeds (once) a user with
10 000 contacts, then posts `run.import_csv(10_000)` — all new people — straight into the ASGI
app several times, deleting the imported contacts between rounds, and reports each round's
wall time and the CPU time of the process and of its Postgres backends (with `--profile`, a
cProfile of the rounds too). With `--webhook` the user has an active webhook subscribed to
`contact.created`, so every created contact queues a delivery as well.

    python bench/import_inproc.py --database-url postgresql+psycopg://…/rapport_bench_import_prof \
        [--seed] [--rounds 3] [--webhook] [--profile out.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg

import inproc
import run as bench
import seed as seeding

MANIFEST = bench.SCRATCH_DIR / "manifest-import.json"
SCALE = seeding.Scale(users=1, contacts=10_000, big_contacts=100)


async def _post(app: Any, token: str, body: bytes, boundary: str) -> tuple[int, bytes]:
    return await inproc.request(
        app,
        "POST",
        "/api/v1/imports/contacts",
        token,
        body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def _multipart(payload: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (
        (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="contacts.csv"\r\n'
            "Content-Type: text/csv\r\n\r\n"
        ).encode()
        + payload
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, boundary


def _database_cpu(database: str) -> float:
    """CPU seconds used so far by the Postgres backends connected to `database` (the app's
    pooled connections live through the rounds, so a difference is the import's share)."""
    total = 0.0
    for proc in Path("/proc").iterdir():
        try:
            if not proc.name.isdigit() or f" {database} ".encode() not in (
                (proc / "cmdline").read_bytes().replace(b"\0", b" ") + b" "
            ):
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _forget_imported(url: str, user_id: str) -> None:
    with psycopg.connect(seeding._libpq(url)) as connection:
        connection.execute(
            "DELETE FROM contacts WHERE user_id = %s AND email LIKE %s",
            (user_id, "%@import.example.org"),
        )
        connection.execute("DELETE FROM webhook_deliveries WHERE user_id = %s", (user_id,))


def _subscribe(url: str, user_id: str, active: bool) -> None:
    with psycopg.connect(seeding._libpq(url)) as connection:
        connection.execute("DELETE FROM webhooks WHERE user_id = %s", (user_id,))
        if active:
            connection.execute(
                "INSERT INTO webhooks (id, user_id, url, events, description, active,"
                " secret_encrypted, created_at, updated_at, version)"
                " VALUES (%s, %s, 'https://hooks.example.org/rapport', '[\"contact.created\"]',"
                " '', true, 'unused', now(), now(), 1)",
                (uuid.uuid4(), user_id),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seed", action="store_true", help="(Re)create and seed the database.")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--webhook", action="store_true")
    parser.add_argument("--profile", help="write a cProfile of the rounds to this file")
    args = parser.parse_args()
    if args.database_url.rsplit("/", 1)[-1] == "rapport_bench":
        raise SystemExit("rapport_bench belongs to make bench: use a database of your own")

    if args.seed or not MANIFEST.exists():
        MANIFEST.parent.mkdir(parents=True, exist_ok=True)
        MANIFEST.write_text(json.dumps(seeding.seed(args.database_url, SCALE), indent=2))
    user = next(u for u in json.loads(MANIFEST.read_text())["users"] if not u["big"])
    app = inproc.production_app(args.database_url)
    body, boundary = _multipart(bench.import_csv(bench.IMPORT_ROWS))
    _subscribe(args.database_url, user["id"], args.webhook)
    _forget_imported(args.database_url, user["id"])
    profile = cProfile.Profile() if args.profile else None
    loop = asyncio.new_event_loop()
    database = args.database_url.rsplit("/", 1)[-1]
    for round_ in range(args.rounds):
        db_cpu = _database_cpu(database)
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        status, answer = loop.run_until_complete(_post(app, user["token"], body, boundary))
        if profile:
            profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        db_cpu = _database_cpu(database) - db_cpu
        summary = {k: v for k, v in json.loads(answer).items() if isinstance(v, int)}
        print(
            f"round {round_ + 1}: {status} {wall:6.2f} s wall {cpu:6.2f} s app CPU"
            f" {db_cpu:6.2f} s Postgres CPU  {summary}"
        )
        _forget_imported(args.database_url, user["id"])
    _subscribe(args.database_url, user["id"], False)
    inproc.finish(loop, app, profile, args.profile, lines=50)


if __name__ == "__main__":
    main()
