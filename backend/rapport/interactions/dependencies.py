from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.interactions.models import Interaction
from rapport.resources import get_owned


def owned_interaction(
    interaction_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Interaction:
    return get_owned(
        session, Interaction, interaction_id, user_id=user.id, label="interaction", request=request
    )


OwnedInteraction = Annotated[Interaction, Depends(owned_interaction)]
