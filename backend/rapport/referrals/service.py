"""Referrals: who suggested whom, and how far each suggestion has gone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, distinct, exists, func, or_, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.types import Uuid

from rapport import automation
from rapport.accounts.models import User
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Connection, Contact
from rapport.errors import Conflict, Invalid
from rapport.interviews.models import Interview, InterviewStatus
from rapport.pagination import Listing, PageParams, SortKey
from rapport.reads import columns_of
from rapport.referrals.models import Referral
from rapport.referrals.schemas import (
    Network,
    NetworkEdge,
    NetworkNode,
    ReferralCreate,
    ReferralFilters,
    ReferralRead,
    ReferralUpdate,
    ReferralYield,
)
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import WebhookEvent

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Referral, ReferralRead)

# --- recording referrals -----------------------------------------------------------------------

MAX_NETWORK_EDGES = 2_000


def _owned_contact(session: Session, user: User, contact_id: uuid.UUID, field: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.user_id != user.id:
        raise Invalid("No contact with this id.", field=field)
    return contact


def _check_interview(
    session: Session, user: User, interview_id: uuid.UUID, referrer: Contact
) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.user_id != user.id:
        raise Invalid("No interview with this id.", field="interview_id")
    if interview.contact_id != referrer.id:
        raise Invalid(
            "This interview is with someone other than the referrer.", field="interview_id"
        )
    return interview


def webhook_data(referral: Referral) -> dict[str, Any]:
    return {
        "id": str(referral.id),
        "referrer_contact_id": str(referral.referrer_contact_id),
        "referred_contact_id": str(referral.referred_contact_id),
        "interview_id": str(referral.interview_id) if referral.interview_id else None,
        "status": referral.status.value,
        "intro_offered": referral.intro_offered,
    }


def create_referral(
    session: Session, *, user: User, data: ReferralCreate
) -> tuple[Referral, Contact]:
    """Everything is checked before anything is written, so a refused request leaves no trace
    (not even the inline contact)."""
    referrer = _owned_contact(session, user, data.referrer_contact_id, "referrer_contact_id")
    if data.interview_id is not None:
        _check_interview(session, user, data.interview_id, referrer)
    if data.referred_contact_id is not None:
        referred = _owned_contact(session, user, data.referred_contact_id, "referred_contact_id")
        if referred.id == referrer.id:
            raise Invalid("Someone cannot refer you to themselves.", field="referred_contact_id")
        duplicate = session.scalar(
            select(Referral.id).where(
                Referral.referrer_contact_id == referrer.id,
                Referral.referred_contact_id == referred.id,
            )
        )
        if duplicate is not None:
            raise Conflict(
                f"This referral is already recorded (id {duplicate}); change that one instead."
            )
    else:
        assert data.referred is not None
        fields = data.referred
        if "connection" not in fields.model_fields_set:
            fields = fields.model_copy(update={"connection": Connection.referral})
        referred = contacts_service.create_contact(
            session, user=user, data=fields, referred_by=referrer
        )
    referral = Referral(
        user_id=user.id,
        referred_contact_id=referred.id,  # given, or created above
        **data.model_dump(exclude={"referred_contact_id", "referred"}),
    )
    session.add(referral)
    session.flush()
    automation.referred_by_first_referrer(session, referral=referral, referred=referred)
    automation.referrals_follow_referred_contact(session, contact=referred)
    webhooks_service.emit(
        session, user_id=user.id, event=WebhookEvent.referral_created, data=webhook_data(referral)
    )
    return referral, referred


def update_referral(
    session: Session, *, user: User, referral: Referral, data: ReferralUpdate
) -> Referral:
    changes = data.changes()
    if changes.get("interview_id") is not None:
        referrer = session.get_one(Contact, referral.referrer_contact_id)
        _check_interview(session, user, changes["interview_id"], referrer)
    for field, value in changes.items():
        setattr(referral, field, value)
    session.flush()
    return referral


def delete_referral(session: Session, *, referral: Referral) -> None:
    """The contacts stay. If this referral was why the referred contact shows
    `referred_by_contact_id`, it moves to the next-oldest remaining referrer (or null)."""
    referred = session.get_one(Contact, referral.referred_contact_id)
    session.delete(referral)
    session.flush()
    automation.referred_by_after_deletion(session, referral=referral, referred=referred)


_LISTING = Listing(
    select(*READ_COLUMNS).where(Referral.user_id == bindparam("user_id")),
    keys=(SortKey(Referral.created_at, datetime, True), SortKey(Referral.id, uuid.UUID, True)),
    sort="referrals",
    filters={
        "contact_id": lambda _: or_(
            Referral.referrer_contact_id == bindparam("contact_id"),
            Referral.referred_contact_id == bindparam("contact_id"),
        ),
        "interview_id": lambda _: Referral.interview_id == bindparam("interview_id"),
        "status": lambda _: Referral.status == bindparam("status"),
    },
)


def list_referrals(
    session: Session, *, user: User, filters: ReferralFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """Newest first."""
    return _LISTING.page(session, page, user_id=user.id, **filters.model_dump())


# --- the network -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Yield:
    completed_interviews: int
    referrals: int
    referred_contacts: int
    referred_interviewed: int

    @property
    def referrals_per_completed_interview(self) -> float | None:
        if not self.completed_interviews:
            return None
        return round(self.referrals / self.completed_interviews, 2)

    def answer(self) -> dict[str, Any]:
        """The fields of ``schemas.ReferralYield``."""
        return {
            "completed_interviews": self.completed_interviews,
            "referrals": self.referrals,
            "referrals_per_completed_interview": self.referrals_per_completed_interview,
            "referred_contacts": self.referred_contacts,
            "referred_interviewed": self.referred_interviewed,
        }


# The four numbers of the yield, for the user given as the `user_id` parameter (the dashboard
# reads them in its own statement).
_YIELD_USER = bindparam("user_id", type_=Uuid())
YIELD_COUNTS = (
    select(func.count())
    .select_from(Interview)
    .where(Interview.user_id == _YIELD_USER, Interview.status == InterviewStatus.completed)
    .scalar_subquery(),
    select(func.count())
    .select_from(Referral)
    .where(Referral.user_id == _YIELD_USER)
    .scalar_subquery(),
    select(func.count(distinct(Referral.referred_contact_id)))
    .where(Referral.user_id == _YIELD_USER)
    .scalar_subquery(),
    select(func.count(distinct(Referral.referred_contact_id)))
    .where(
        Referral.user_id == _YIELD_USER,
        exists().where(
            # Always true for a user's own contact; it lets the database look at this user's
            # interviews only instead of everyone's.
            Interview.user_id == _YIELD_USER,
            Interview.contact_id == Referral.referred_contact_id,
            Interview.status == InterviewStatus.completed,
        ),
    )
    .scalar_subquery(),
)
_YIELD = select(*YIELD_COUNTS)


def referral_yield(session: Session, *, user: User) -> Yield:
    """One query, whatever the size of the network."""
    row = session.connection().execute(_YIELD, {"user_id": user.id}).one()
    return Yield(*(count or 0 for count in row))


@dataclass(frozen=True)
class NetworkGraph:
    nodes: list[Contact]
    edges: list[Referral]
    truncated: bool
    referral_yield: Yield


def network(session: Session, *, user: User) -> NetworkGraph:
    edges = list(
        session.scalars(
            select(Referral)
            .where(Referral.user_id == user.id)
            .order_by(Referral.created_at, Referral.id)
            .limit(MAX_NETWORK_EDGES + 1)
        )
    )
    truncated = len(edges) > MAX_NETWORK_EDGES
    edges = edges[:MAX_NETWORK_EDGES]
    ids = {e.referrer_contact_id for e in edges} | {e.referred_contact_id for e in edges}
    nodes = (
        list(
            session.scalars(
                select(Contact)
                .where(Contact.user_id == user.id, Contact.id.in_(ids))
                .order_by(Contact.name_key, Contact.id)
            )
        )
        if ids
        else []
    )
    return NetworkGraph(
        nodes=nodes,
        edges=edges,
        truncated=truncated,
        referral_yield=referral_yield(session, user=user),
    )


def network_answer(graph: NetworkGraph) -> Network:
    """The graph as the API answers it: the student's Network, and a counselor's view of it."""
    return Network(
        nodes=[NetworkNode.model_validate(c) for c in graph.nodes],
        edges=[
            NetworkEdge(
                referral_id=e.id,
                source=e.referrer_contact_id,
                target=e.referred_contact_id,
                status=e.status,
            )
            for e in graph.edges
        ],
        truncated=graph.truncated,
        referral_yield=ReferralYield.model_validate(graph.referral_yield),
    )
