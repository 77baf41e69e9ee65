from __future__ import annotations

from typing import Annotated

from rapport.interactions.models import Interaction
from rapport.resources import owned

OwnedInteraction = Annotated[
    Interaction, owned(Interaction, path="interaction_id", label="interaction")
]
