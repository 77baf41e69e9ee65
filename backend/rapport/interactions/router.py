"""Touchpoints: listed and logged under a contact, edited and deleted by their own id."""

from __future__ import annotations

from fastapi import Response, status

from rapport.contacts.dependencies import ContactRow, OwnedContact
from rapport.db import SessionDep
from rapport.interactions import service as interactions_service
from rapport.interactions.dependencies import InteractionRow, OwnedInteraction
from rapport.interactions.schemas import InteractionCreate, InteractionRead, InteractionUpdate
from rapport.pagination import Page, PageDep
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router

router = api_router(tag="interactions")


@router.get(
    "/contacts/{contact_id}/interactions",
    response_model=Page[InteractionRead],
    summary="A contact's touches, newest first",
)
def list_interactions(contact: ContactRow, session: SessionDep, page: PageDep) -> Response:
    return answer_page(
        InteractionRead,
        interactions_service.list_for_contact(session, contact_id=contact.id, page=page),
    )


@router.post(
    "/contacts/{contact_id}/interactions",
    status_code=status.HTTP_201_CREATED,
    response_model=InteractionRead,
    summary="Log a touch",
)
def create_interaction(
    data: InteractionCreate, contact: OwnedContact, session: SessionDep, response: Response
) -> InteractionRead:
    """Updates the contact's `last_contacted_at` and `next_touch_due` (and its keep-in-touch
    reminder). An e-mail, call, message or LinkedIn touch moves an `identified` contact to
    `reached_out`."""
    interaction = interactions_service.log_touch(session, contact=contact, data=data)
    return created(response, InteractionRead, interaction, f"/api/v1/interactions/{interaction.id}")


@router.get("/interactions/{interaction_id}", response_model=InteractionRead, summary="One touch")
def get_interaction(interaction: InteractionRow) -> Response:
    return answer_row(InteractionRead, interaction)


@router.patch(
    "/interactions/{interaction_id}", response_model=InteractionRead, summary="Change a touch"
)
def update_interaction(
    data: InteractionUpdate, interaction: OwnedInteraction, session: SessionDep, response: Response
) -> InteractionRead:
    interactions_service.update_touch(session, interaction=interaction, data=data)
    return answer(response, InteractionRead, interaction)


@router.delete(
    "/interactions/{interaction_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a touch",
)
def delete_interaction(interaction: OwnedInteraction, session: SessionDep) -> Response:
    interactions_service.delete_touch(session, interaction=interaction)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
