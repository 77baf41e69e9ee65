"""`/referrals` and `/network`: "Is there anyone else I should talk to?" — the answers, and the
graph they grow into."""

from __future__ import annotations

from fastapi import Response

from rapport.auth.dependencies import CurrentUser
from rapport.collection import Collection
from rapport.contacts.schemas import ContactRead
from rapport.db import SessionDep
from rapport.referrals import service as referrals_service
from rapport.referrals.dependencies import OwnedReferral, ReferralRow
from rapport.referrals.schemas import (
    Network,
    ReferralCreate,
    ReferralCreated,
    ReferralRead,
)
from rapport.resources import created
from rapport.routing import api_router

router = api_router(tag="referrals")


referrals = Collection(
    router,
    "referral",
    read=ReferralRead,
    row=ReferralRow,
    owned=OwnedReferral,
    path="/referrals",
)
referrals.listing(
    referrals_service.list_referrals,
    summary="List referrals",
    description="Newest first.",
)


@router.creates("/referrals", ReferralCreated, summary="Record a referral")
def create_referral(
    data: ReferralCreate, user: CurrentUser, session: SessionDep, response: Response
) -> ReferralCreated:
    """Records that `referrer_contact_id` suggested someone — an existing contact
    (`referred_contact_id`) or a new one (`referred`). The referred contact's
    `referred_by_contact_id` is set if it was empty, and the referral's `status` starts from the
    referred contact's stage and follows it from then on.

    Refused, with nothing written: a contact or interview that is not yours (422 naming the
    field), an interview with someone other than the referrer (422), a referral to the referrer
    themselves (422), the same referrer → referred pair twice (409).
    Webhook: `referral.created` (and `contact.created` for an inline contact)."""
    referral, referred = referrals_service.create_referral(session, user=user, data=data)
    read = created(response, ReferralRead, referral, f"/api/v1/referrals/{referral.id}")
    return ReferralCreated(
        **read.model_dump(), referred_contact=ContactRead.model_validate(referred)
    )


referrals.get(summary="One referral")
referrals.update(
    referrals_service.update_referral,
    summary="Change a referral",
    needs={"user": CurrentUser},
)
referrals.delete(
    referrals_service.delete_referral,
    summary="Delete a referral",
    description="Both contacts stay. Deleting a contact deletes the referrals it gave or received.",
)


@router.get("/network", response_model=Network, summary="Your referral graph and its yield")
def get_network(user: CurrentUser, session: SessionDep) -> Network:
    """Nodes are the contacts that referred someone or were referred (with their stage); each
    referral is an edge from referrer (`source`) to referred (`target`). At most 2 000 edges
    (`truncated` says when there are more). `referral_yield`: referrals per completed interview
    and how many referred people you have interviewed."""
    return referrals_service.network_answer(referrals_service.network(session, user=user))
