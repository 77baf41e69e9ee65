from __future__ import annotations

from pydantic import BaseModel, Field


class CalendarFeed(BaseModel):
    url: str = Field(
        description="Your private feed URL. Anyone who has it can read your interviews and "
        "reminders (and nothing else), so share it only with your calendar app; rotate it if it "
        "leaks.",
        examples=["https://rapport.example.edu/calendar/Q2hhbmdlIG1lIHBsZWFzZS4uLg.ics"],
    )
    webcal_url: str = Field(
        description="The same feed as a `webcal://` link: opening it subscribes in Apple "
        "Calendar and Outlook.",
        examples=["webcal://rapport.example.edu/calendar/Q2hhbmdlIG1lIHBsZWFzZS4uLg.ics"],
    )

    @classmethod
    def of(cls, url: str) -> CalendarFeed:
        _, _, rest = url.partition("://")
        return cls(url=url, webcal_url=f"webcal://{rest}")
