"""What API requests carry: the review, merge and split bodies, and the list filters of every query."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query
from pydantic import BaseModel, Field

from ..store import FilterError, Filters
from . import review as rv


class ReviewBody(BaseModel):
    action: Literal["accept", "reject", "reopen", "edit", "revert"] = Field(
        description="accept / reject the incident, reopen (clear the status), edit a field, revert a field "
                    "to its fused value")
    field: str | None = Field(None, description="for edit and revert: " + ", ".join(rv.EDITABLE))
    value: Any = Field(None, description="for edit: the new value")


class MergeBody(BaseModel):
    other: str = Field(description="the incident to merge into this one")


class SplitBody(BaseModel):
    events: list[str] = Field(min_length=1, description="member event ids to take out into their own incident")


def _filters(since: str | None = None, until: str | None = None, country: str | None = None,
             admin1: str | None = None, actor: str | None = None,
             type: Annotated[str | None, Query(description="event type or sub-event type")] = None,
             grade: str | None = None, language: str | None = None,
             q: Annotated[str | None, Query(description="free text: fields, actors, outlets, titles, report text")]
             = None,
             status: Annotated[str | None, Query(description="accepted, rejected, unreviewed or not-rejected")]
             = None) -> Filters:
    try:
        return Filters(since, until, country, admin1, actor, type, grade, language, q, status)
    except FilterError as exc:
        raise HTTPException(422, str(exc)) from None


Filt = Annotated[Filters, Depends(_filters)]
