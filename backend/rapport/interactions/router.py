"""Touchpoints: listed and logged under a contact, edited and deleted by their own id."""

from __future__ import annotations

from fastapi import Response

from rapport.collection import Collection, pages
from rapport.contacts.dependencies import ContactRow, OwnedContact
from rapport.db import SessionDep
from rapport.interactions import service as interactions_service
from rapport.interactions.dependencies import InteractionRow, OwnedInteraction
from rapport.interactions.schemas import InteractionCreate, InteractionRead
from rapport.resources import created
from rapport.routing import api_router

router = api_router(tag="interactions")


pages(
    router,
    ("/contacts/{contact_id}/interactions", "list_interactions"),
    interactions_service.list_for_contact,
    read=InteractionRead,
    under=("contact", ContactRow),
    summary="A contact's touches, newest first",
)


@router.creates("/contacts/{contact_id}/interactions", InteractionRead, summary="Log a touch")
def create_interaction(
    data: InteractionCreate, contact: OwnedContact, session: SessionDep, response: Response
) -> InteractionRead:
    """Updates the contact's `last_contacted_at` and `next_touch_due` (and its keep-in-touch
    reminder). An e-mail, call, message or LinkedIn touch moves an `identified` contact to
    `reached_out`."""
    interaction = interactions_service.log_touch(session, contact=contact, data=data)
    return created(response, InteractionRead, interaction, f"/api/v1/interactions/{interaction.id}")


interactions = Collection(
    router,
    "interaction",
    read=InteractionRead,
    row=InteractionRow,
    owned=OwnedInteraction,
    path="/interactions",
)
interactions.get(summary="One touch")
interactions.update(interactions_service.update_touch, summary="Change a touch")
interactions.delete(interactions_service.delete_touch, summary="Delete a touch")
