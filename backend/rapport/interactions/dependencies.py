from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.interactions import service as interactions_service
from rapport.interactions.models import Interaction
from rapport.resources import owned, owned_row

OwnedInteraction = Annotated[
    Interaction, owned(Interaction, path="interaction_id", label="interaction")
]
InteractionRow = Annotated[
    Row,
    owned_row(
        Interaction, interactions_service.READ_COLUMNS, path="interaction_id", label="interaction"
    ),
]
