"""The background worker (`rapport worker`): webhook deliveries and daily digest e-mails.

One pass runs four steps in order, each in its own short transactions, so any number of
workers can run side by side (jobs are claimed with ``FOR UPDATE SKIP LOCKED`` on Postgres and by
single-statement conditional updates on SQLite):

1. ``queue_reminder_events`` — queue ``reminder.due`` for reminders whose time has come;
2. ``deliver_webhooks``      — claim due deliveries one at a time, POST each, record the outcome;
3. ``queue_digests``         — queue today's digest for users whose local digest hour has come;
4. ``send_emails``           — claim due e-mails one at a time, send each over SMTP, record it.

No transaction is open while talking to a receiver or an SMTP server. A step that fails (the
database restarting, say) is logged and the next pass tries again. ``run_forever`` sleeps
``RAPPORT_WORKER_POLL_SECONDS`` between passes and stops after the current job on SIGTERM/SIGINT.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from rapport.config import Settings
from rapport.db import Database, utcnow
from rapport.notifications import service as notifications_service
from rapport.webhooks import service as webhooks_service

logger = logging.getLogger("rapport.worker")

# Jobs per step and pass: one busy step cannot starve the others, and a stop request is honoured
# between two jobs.
MAX_JOBS_PER_STEP = 100


@dataclass
class PassReport:
    """What one pass did (for logs, `--once` output and tests)."""

    reminder_events: int = 0
    digests_queued: int = 0
    deliveries: Counter[str] = field(default_factory=Counter)
    emails: Counter[str] = field(default_factory=Counter)
    failed_steps: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"reminder.due queued: {self.reminder_events}; "
            f"webhook deliveries: {dict(self.deliveries) or 0}; "
            f"digests queued: {self.digests_queued}; e-mails: {dict(self.emails) or 0}"
            + (f"; failed steps: {', '.join(self.failed_steps)}" if self.failed_steps else "")
        )


class Worker:
    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.settings = settings
        self.db = db or Database(settings.resolved_database_url, pool_size=2, max_overflow=2)
        self._stop = threading.Event()

    @property
    def email_enabled(self) -> bool:
        return bool(self.settings.smtp_host)

    def stop(self) -> None:
        """Ask the worker to finish the job at hand and return (safe from a signal handler)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # --- the loop --------------------------------------------------------------------------

    def run_pass(self, now: datetime | None = None) -> PassReport:
        """Run every step once. ``now`` is the pass's clock (tests pass a later one to see
        retries come due); it defaults to the current time."""
        now = now or utcnow()
        report = PassReport()
        steps: list[Callable[[datetime, PassReport], None]] = [
            self.queue_reminder_events,
            self.deliver_webhooks,
            self.queue_digests,
            self.send_emails,
        ]
        for step in steps:
            if self.stopping:
                break
            try:
                step(now, report)
            except Exception:
                logger.exception("worker step %s failed; the next pass retries", step.__name__)
                report.failed_steps.append(step.__name__)
        return report

    def run_forever(self) -> None:
        logger.info(
            "worker started: polling every %gs; e-mail %s",
            self.settings.worker_poll_seconds,
            f"via {self.settings.smtp_host}:{self.settings.smtp_port}"
            if self.email_enabled
            else "off (RAPPORT_SMTP_HOST is not set)",
        )
        while not self.stopping:
            report = self.run_pass()
            if (
                report.reminder_events
                or report.deliveries
                or report.digests_queued
                or (report.emails or report.failed_steps)
            ):
                logger.info("pass: %s", report.summary())
            self._stop.wait(self.settings.worker_poll_seconds)
        logger.info("worker stopped")

    # --- the steps -------------------------------------------------------------------------

    def queue_reminder_events(self, now: datetime, report: PassReport) -> None:
        with self.db.sessionmaker.begin() as session:
            report.reminder_events += webhooks_service.queue_reminder_due_events(session, now=now)

    def deliver_webhooks(self, now: datetime, report: PassReport) -> None:
        self._work_through(
            now,
            lease=webhooks_service.delivery_lease(self.settings),
            claim=webhooks_service.claim_next_delivery,
            attempt=webhooks_service.attempt_delivery,
            record=webhooks_service.record_outcome,
            counts=report.deliveries,
            log_failure=(logging.INFO, "webhook delivery %s: %s"),
        )

    def queue_digests(self, now: datetime, report: PassReport) -> None:
        if not self.email_enabled:
            return
        with self.db.sessionmaker.begin() as session:
            report.digests_queued += notifications_service.queue_due_digests(
                session, now=now, settings=self.settings
            )

    def send_emails(self, now: datetime, report: PassReport) -> None:
        if not self.email_enabled:
            return
        self._work_through(
            now,
            lease=timedelta(seconds=self.settings.email_sending_lease_seconds),
            claim=notifications_service.claim_next_email,
            attempt=notifications_service.attempt_send,
            record=notifications_service.record_outcome,
            counts=report.emails,
            log_failure=(logging.WARNING, "e-mail %s not sent: %s"),
        )

    def _work_through(
        self,
        now: datetime,
        *,
        lease: timedelta,
        claim: Callable[..., Any],
        attempt: Callable[[Any, Settings], Any],
        record: Callable[..., enum.Enum | None],
        counts: Counter[str],
        log_failure: tuple[int, str],
    ) -> None:
        """An outbox's due jobs, one at a time: claim one (a transaction), attempt it with no
        transaction open, record the outcome (another transaction) and count it by status."""
        for _ in range(MAX_JOBS_PER_STEP):
            if self.stopping:
                return
            with self.db.sessionmaker.begin() as session:
                claimed = claim(session, now=now, lease=lease)
            if claimed is None:
                return
            outcome = attempt(claimed, self.settings)
            with self.db.sessionmaker.begin() as session:
                status = record(
                    session, claimed=claimed, outcome=outcome, now=now, settings=self.settings
                )
            if outcome.error:
                level, message = log_failure
                logger.log(level, message, claimed.id, outcome.error)
            counts[status.value if status else "claim lost"] += 1
