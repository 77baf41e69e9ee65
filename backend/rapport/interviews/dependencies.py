from __future__ import annotations

from typing import Annotated

from rapport.interviews.models import Interview
from rapport.resources import owned

OwnedInterview = Annotated[Interview, owned(Interview, path="interview_id", label="interview")]
