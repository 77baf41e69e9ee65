"""Referrals: who suggested whom, and how far each suggestion has gone."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.contacts.models import Contact, Stage
from rapport.referrals.models import Referral, ReferralStatus

_STATUS_FOR_STAGE = {
    Stage.reached_out: ReferralStatus.contacted,
    Stage.scheduled: ReferralStatus.scheduled,
    Stage.interviewed: ReferralStatus.interviewed,
    Stage.keep_in_touch: ReferralStatus.interviewed,
}
_PROGRESS = [
    ReferralStatus.suggested,
    ReferralStatus.contacted,
    ReferralStatus.scheduled,
    ReferralStatus.interviewed,
]


def follow_referred_contact(session: Session, *, contact: Contact) -> None:
    """Move referrals *to* this contact forward to match its stage (never back, never out of
    `declined`, which only the user sets)."""
    target = _STATUS_FOR_STAGE.get(contact.stage)
    if target is None:
        return
    referrals = session.scalars(
        select(Referral).where(Referral.referred_contact_id == contact.id)
    ).all()
    for referral in referrals:
        if referral.status in _PROGRESS and _PROGRESS.index(referral.status) < _PROGRESS.index(
            target
        ):
            referral.status = target
    session.flush()
