"""`/referrals` and `/network`: "Is there anyone else I should talk to?" — the answers, and the
graph they grow into."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status

from rapport.auth.dependencies import CurrentUser
from rapport.contacts.schemas import ContactRead
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.referrals import service as referrals_service
from rapport.referrals.dependencies import OwnedReferral, ReferralRow
from rapport.referrals.schemas import (
    Network,
    ReferralCreate,
    ReferralCreated,
    ReferralFilters,
    ReferralRead,
    ReferralUpdate,
)
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router

router = api_router(tag="referrals")


@router.get("/referrals", response_model=Page[ReferralRead], summary="List referrals")
def list_referrals(
    filters: Annotated[ReferralFilters, Query()],
    user: CurrentUser,
    session: SessionDep,
    page: PageDep,
) -> Response:
    """Newest first."""
    return answer_page(
        ReferralRead,
        referrals_service.list_referrals(session, user=user, filters=filters, page=page),
    )


@router.post(
    "/referrals",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralCreated,
    summary="Record a referral",
)
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


@router.get("/referrals/{referral_id}", response_model=ReferralRead, summary="One referral")
def get_referral(referral: ReferralRow) -> Response:
    return answer_row(ReferralRead, referral)


@router.patch("/referrals/{referral_id}", response_model=ReferralRead, summary="Change a referral")
def update_referral(
    data: ReferralUpdate,
    referral: OwnedReferral,
    user: CurrentUser,
    session: SessionDep,
    response: Response,
) -> ReferralRead:
    referrals_service.update_referral(session, user=user, referral=referral, data=data)
    return answer(response, ReferralRead, referral)


@router.delete(
    "/referrals/{referral_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a referral"
)
def delete_referral(referral: OwnedReferral, session: SessionDep) -> Response:
    """Both contacts stay. Deleting a contact deletes the referrals it gave or received."""
    referrals_service.delete_referral(session, referral=referral)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/network", response_model=Network, summary="Your referral graph and its yield")
def get_network(user: CurrentUser, session: SessionDep) -> Network:
    """Nodes are the contacts that referred someone or were referred (with their stage); each
    referral is an edge from referrer (`source`) to referred (`target`). At most 2 000 edges
    (`truncated` says when there are more). `referral_yield`: referrals per completed interview
    and how many referred people you have interviewed."""
    return referrals_service.network_answer(referrals_service.network(session, user=user))
