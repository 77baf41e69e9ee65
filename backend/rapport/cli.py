"""The `rapport` command: serve the app, migrate the database, write the OpenAPI document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from rapport.config import get_settings

# Each worker of `rapport serve` imports this module again (multiprocessing starts a worker by
# re-running the `rapport` script), so alembic and mako, which only the `db` commands need, are
# imported by those commands: about 10 MB less in every worker.
if TYPE_CHECKING:
    from alembic.config import Config

app = typer.Typer(
    help="Rapport: informational interviews, from first e-mail to years of touch.",
    no_args_is_help=True,
)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
user_app = typer.Typer(help="Accounts, for whoever runs the server.", no_args_is_help=True)
app.add_typer(user_app, name="user")

BACKEND_DIR = Path(__file__).resolve().parents[1]
REPO_DIR = BACKEND_DIR.parent


def alembic_config(database_url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(BACKEND_DIR / "migrations"))
    config.attributes["database_url"] = database_url or get_settings().resolved_database_url
    return config


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: RAPPORT_HOST or 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option(help="Default: RAPPORT_PORT or 8000.")] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Worker processes (RAPPORT_WORKERS); default one per core in production."
        ),
    ] = None,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = True,
) -> None:
    """Serve the API and the dashboard."""
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "rapport.main:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers or settings.resolved_workers,
        access_log=access_log,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Migrate the database to the newest schema (creates the SQLite file if needed)."""
    from alembic import command

    command.upgrade(alembic_config(), revision)


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Migrate back to an older revision (`base` empties the database)."""
    from alembic import command

    command.downgrade(alembic_config(), revision)


@db_app.command("current")
def db_current() -> None:
    """Show the database's revision."""
    from alembic import command

    command.current(alembic_config(), verbose=True)


def openapi_document() -> str:
    from rapport.main import create_app

    return json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"


@app.command()
def openapi(
    output: Annotated[Path, typer.Option(help="Where to write it.")] = REPO_DIR / "openapi.json",
) -> None:
    """Write the OpenAPI document (the committed openapi.json)."""
    output.write_text(openapi_document(), encoding="utf-8")
    typer.echo(f"wrote {output}")


@app.command()
def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Run one pass and exit (for cron and tests).")
    ] = False,
) -> None:
    """Run the background worker: webhook deliveries and daily digest e-mails.

    Loops every RAPPORT_WORKER_POLL_SECONDS; SIGTERM or Ctrl-C stops it after the job at hand.
    Several workers may run at once.
    """
    import logging
    import signal

    from rapport.worker import Worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    runner = Worker(get_settings())
    try:
        if once:
            report = runner.run_pass()
            typer.echo(report.summary())
            if report.failed_steps:
                raise typer.Exit(code=1)
            return
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: runner.stop())
        runner.run_forever()
    finally:
        runner.db.dispose()


@app.command()
def demo(
    email: Annotated[str, typer.Option(help="The demo account's e-mail.")] = "demo@rapport.example",
    password: Annotated[
        str | None, typer.Option(help="Its password (default: a random one, printed).")
    ] = None,
    reset: Annotated[
        bool, typer.Option("--reset", help="Delete an existing demo account and build it anew.")
    ] = False,
) -> None:
    """Create a demo account with a realistic network (about 40 contacts, interviews in every
    status, referral chains, reminders due today) and print how to sign in. Refuses if the
    account exists, unless --reset. Run `rapport db upgrade` first."""
    from rapport.db import Database
    from rapport.demo import DemoExists, create_demo_account

    database = Database(get_settings().resolved_database_url)
    try:
        with database.sessionmaker() as session:
            try:
                user, secret = create_demo_account(
                    session, email=email, password=password, reset=reset
                )
            except DemoExists:
                typer.echo(f"{email} already exists; run `rapport demo --reset` to rebuild it.")
                raise typer.Exit(code=1) from None
            session.commit()
    finally:
        database.dispose()
    typer.echo(f"Demo account ready: sign in as {user.email} with password {secret}")


@user_app.command("set-password")
def set_password(
    email: Annotated[str, typer.Argument(help="The account's e-mail address.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the new password from standard input.")
    ] = False,
) -> None:
    """Set a new password for an account (the way back in on a server that sends no e-mail).
    Asks for it twice unless --password-stdin. Ends the account's browser sessions and
    password-grant tokens, as changing it in Settings does; personal tokens stay."""
    import sys

    from rapport.accounts.schemas import MAX_PASSWORD, MIN_PASSWORD
    from rapport.auth import service as auth_service
    from rapport.db import Database

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        typer.echo(f"The password must have {MIN_PASSWORD}–{MAX_PASSWORD} characters.", err=True)
        raise typer.Exit(code=2)
    settings = get_settings()
    if settings.fast_password_hashing:
        auth_service.use_fast_password_hashing()
    database = Database(settings.resolved_database_url)
    try:
        with database.sessionmaker() as session, session.begin():
            user = auth_service.user_by_email(session, email)
            if user is None:
                typer.echo(f"No account has the address {email}.", err=True)
                raise typer.Exit(code=1)
            auth_service.reset_password(session, user=user, password=password)
    finally:
        database.dispose()
    typer.echo(f"New password set for {user.email}; their browser sessions are signed out.")
