"""Every table, imported in one place for Alembic and the tests."""

from rapport.accounts.models import User
from rapport.auth.models import AccessToken, LoginFailure
from rapport.contacts.models import Contact
from rapport.db import Base
from rapport.idempotency.models import IdempotencyRecord
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview
from rapport.notifications.models import OutgoingEmail
from rapport.questions.models import Question
from rapport.referrals.models import Referral
from rapport.reminders.models import Reminder
from rapport.shares.models import Share, ShareAccess, ShareComment
from rapport.templates.models import Template
from rapport.webhooks.models import Webhook, WebhookDelivery

__all__ = [
    "AccessToken",
    "Base",
    "Contact",
    "IdempotencyRecord",
    "Interaction",
    "Interview",
    "LoginFailure",
    "OutgoingEmail",
    "Question",
    "Referral",
    "Reminder",
    "Share",
    "ShareAccess",
    "ShareComment",
    "Template",
    "User",
    "Webhook",
    "WebhookDelivery",
]
