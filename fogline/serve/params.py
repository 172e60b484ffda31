"""What API requests carry: the review, merge and split bodies, the list filters of every query, and the
limits every query parameter keeps (checked before any route runs, see ``guard``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import Depends, HTTPException, Query
from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from ..store import FilterError, Filters
from . import review as rv

MAX_PARAM = 512  # characters of one query parameter's value: ids are up to 255, free text has no need of more
MAX_QUERY = 16384  # bytes of the whole (percent-encoded) query string
MAX_ID = 512  # an incident or event id in a request body
EARLIEST_DATE = date(1900, 1, 1)  # a reviewed date before it is a typo (year 1 would flatten the timeline)


def latest_date(today: date | None = None) -> date:
    """Today + 1 year: the latest date a review may set (an announced event, a time-zone slip)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def query_problem(raw: bytes) -> str | None:
    """Why this query string is refused (422), or None: a value over ``MAX_PARAM`` characters, or the whole
    over ``MAX_QUERY`` bytes. Checked for every route, so a new parameter is bounded too."""
    if not raw:
        return None
    for name, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True):
        if len(name) > MAX_PARAM:
            return f"query parameter name: {len(name)} characters, at most {MAX_PARAM}"
        if len(value) > MAX_PARAM:
            return f"query parameter {name!r}: {len(value)} characters, at most {MAX_PARAM}"
    if len(raw) > MAX_QUERY:
        return f"query string: {len(raw)} bytes, at most {MAX_QUERY}"
    return None


class ReviewBody(BaseModel):
    action: Literal["accept", "reject", "reopen", "edit", "revert"] = Field(
        description="accept / reject the incident, reopen (clear the status), edit a field, revert a field "
                    "to its fused value")
    field: str | None = Field(None, max_length=64, description="for edit and revert: " + ", ".join(rv.EDITABLE))
    value: Any = Field(None, description="for edit: the new value (a date: YYYY-MM-DD, from 1900-01-01 to "
                                         "one year from today)")

    @model_validator(mode="after")
    def _plausible_date(self) -> ReviewBody:
        """A reviewed date within 1900 … today + 1 year; other checks of the value are ``review.clean_value``'s."""
        if self.action == "edit" and self.field == "date" and isinstance(self.value, str):
            try:
                d = date.fromisoformat(self.value.strip())
            except ValueError:
                return self  # not a date at all: clean_value says so
            latest = latest_date()
            if not EARLIEST_DATE <= d <= latest:
                raise PydanticCustomError("date_range", "date: {date} is out of range ({earliest} to {latest})",
                                          {"date": d.isoformat(), "earliest": EARLIEST_DATE.isoformat(),
                                           "latest": latest.isoformat()})
        return self


class MergeBody(BaseModel):
    other: str = Field(max_length=MAX_ID, description="the incident to merge into this one")


class SplitBody(BaseModel):
    events: list[Annotated[str, Field(max_length=MAX_ID)]] = Field(
        min_length=1, max_length=10000, description="member event ids to take out into their own incident")


def _param(description: str | None = None) -> Any:
    return Query(description=description, max_length=MAX_PARAM)


def _filters(since: Annotated[str | None, _param("YYYY-MM-DD, inclusive")] = None,
             until: Annotated[str | None, _param("YYYY-MM-DD, inclusive")] = None,
             country: Annotated[str | None, _param("country name or ISO3 code")] = None,
             admin1: Annotated[str | None, _param("first-level region")] = None,
             actor: Annotated[str | None, _param("part of an actor's name")] = None,
             type: Annotated[str | None, _param("event type or sub-event type")] = None,
             grade: Annotated[str | None, _param()] = None,
             language: Annotated[str | None, _param("ISO 639-1 code of a report")] = None,
             q: Annotated[str | None, _param("free text: fields, actors, outlets, titles, report text")] = None,
             status: Annotated[str | None, _param("accepted, rejected, unreviewed or not-rejected")] = None
             ) -> Filters:
    try:
        return Filters(since, until, country, admin1, actor, type, grade, language, q, status)
    except FilterError as exc:
        raise HTTPException(422, str(exc)) from None


Filt = Annotated[Filters, Depends(_filters)]
