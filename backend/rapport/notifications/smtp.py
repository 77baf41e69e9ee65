"""Sending one e-mail over SMTP (smtplib), with STARTTLS, implicit TLS or neither, and an
optional login. Every failure — refused (4xx/5xx), disconnected, unreachable, timed out — comes
back as :class:`SendFailed` with a message fit for the log; the caller decides about retrying."""

from __future__ import annotations

import smtplib
import ssl
import uuid
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from rapport.config import Settings


class SendFailed(Exception):
    pass


def message_id_domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    domain = address.rpartition("@")[2]
    return domain or "rapport.invalid"


def build_message(
    settings: Settings, *, email_id: uuid.UUID, to: str, subject: str, body: str
) -> EmailMessage:
    """The message; its Message-ID is fixed by the outbox row, so a resend after a crash carries
    the same id (mail systems that deduplicate on it show it once)."""
    message = EmailMessage()
    message["From"] = settings.smtp_sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = f"<{email_id}@{message_id_domain(settings.smtp_sender)}>"
    # RFC 3834: no out-of-office replies to a machine.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    return message


def _connect(settings: Settings) -> smtplib.SMTP:
    timeout = settings.smtp_timeout_seconds
    if settings.smtp_tls == "ssl":
        return smtplib.SMTP_SSL(
            settings.smtp_host,
            settings.smtp_port,
            timeout=timeout,
            context=ssl.create_default_context(),
        )
    client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
    if settings.smtp_tls == "starttls":
        client.starttls(context=ssl.create_default_context())
    return client


def _describe(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{code} {reply.decode(errors='replace')}" for code, reply in exc.recipients.values()
        )
        return f"The server refused the recipient: {refused}"
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = exc.smtp_error
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return f"The server answered {exc.smtp_code} {text}"
    if isinstance(exc, TimeoutError):
        return "The server did not answer in time"
    return f"Could not send: {exc.__class__.__name__}: {exc}"


def send(settings: Settings, message: EmailMessage) -> None:
    """Hand the message to the SMTP server; returns only once the server accepted it."""
    try:
        with _connect(settings) as client:
            if settings.smtp_username:
                client.login(settings.smtp_username, settings.smtp_password.get_secret_value())
            client.send_message(message)
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise SendFailed(_describe(exc)[:1000]) from exc
