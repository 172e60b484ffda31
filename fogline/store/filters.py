"""The filters of every list — ``fogline events``, ``fogline incidents``, the exports, the map, the list,
the timeline — with one meaning, written once (``matches``).

A filter applies to what a row shows: an incident is filtered on its own (fused, then reviewed) date,
place, type and actors, an event on its own. Incidents are filtered in SQL alone (``incident_clauses``,
over the shown values and casefolded keys the store keeps in ``incidents``): the same rows ``matches``
keeps, which tests check, so that pages, counts and aggregates come from the database. Events: SQL only
narrows the rows first (``event_clauses``, always a superset of what ``matches`` keeps). Either way the
CLI and the API can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import sqlalchemy as sa

from .schema import actors, documents, events, incident_list, incident_members

LINE = "\n"  # between the actor names of ``incidents.actor_keys`` and before the reviewed words of ``search``

STATUSES = ("accepted", "rejected", "unreviewed", "not-rejected")


class FilterError(ValueError):
    """A filter value that cannot mean anything (a date that is not YYYY-MM-DD, an unknown status)."""


@dataclass(frozen=True)
class Filters:
    """One set of filters; empty strings and surrounding spaces count as no filter."""

    since: str | None = None  # YYYY-MM-DD, inclusive; undated rows fail a date filter
    until: str | None = None
    country: str | None = None  # country name or ISO3, any case
    admin1: str | None = None  # any case
    actor: str | None = None  # part of an actor's name, any case
    type: str | None = None  # event type or sub-event type, any case
    grade: str | None = None
    language: str | None = None  # ISO 639-1 of a report
    q: str | None = None  # free text: fields, actors, outlets, titles, the reports' text
    status: str | None = None  # accepted, rejected, unreviewed, not-rejected

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, date):
                v = v.isoformat()
            object.__setattr__(self, f.name, v.strip() if isinstance(v, str) and v.strip() else None)
        for name in ("since", "until"):
            v = getattr(self, name)
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    raise FilterError(f"{name}: YYYY-MM-DD expected") from None
        if self.status is not None and self.status not in STATUSES:
            raise FilterError("status: " + ", ".join(STATUSES[:-1]) + " or " + STATUSES[-1])

    @classmethod
    def of(cls, filters: Filters | None = None, *, event_type: str | None = None, **kw: Any) -> Filters:
        """``filters`` as given, or built from keywords (``event_type`` is ``type``; dates may be dates)."""
        if filters is not None:
            if kw or event_type:
                raise TypeError("give a Filters or keywords, not both")
            return filters
        return cls(type=event_type or kw.pop("type", None), **kw)

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


def matches(row: dict[str, Any], f: Filters, text_docs: set[str] | None = None) -> bool:
    """Does the row pass? ``row`` is an incident summary (reviewed values applied) or an event dict;
    ``text_docs``: the documents whose text or title contains ``f.q``."""
    d = row.get("date")
    if f.since and (not d or d < f.since):
        return False
    if f.until and (not d or d > f.until):
        return False
    if f.country:
        c = f.country.casefold()
        if (row.get("country") or "").casefold() != c and (row.get("iso3") or "").casefold() != c:
            return False
    if f.admin1 and (row.get("admin1") or "").casefold() != f.admin1.casefold():
        return False
    if f.actor:
        a = f.actor.casefold()
        if not any(a in x["name"].casefold() for x in row.get("actors") or []):
            return False
    if f.type:
        t = f.type.casefold()
        if (row.get("event_type") or "").casefold() != t and (row.get("sub_event_type") or "").casefold() != t:
            return False
    if f.grade and (row.get("grade") or "") != f.grade:
        return False
    if f.language and f.language not in _languages(row):
        return False
    if f.status:
        st = (row.get("review") or {}).get("status")
        if f.status == "unreviewed" and st is not None or f.status == "not-rejected" and st == "rejected" \
                or f.status in ("accepted", "rejected") and st != f.status:
            return False
    if f.q:
        q = f.q.casefold()
        reviewed = " ".join(str(v["value"]) for v in ((row.get("review") or {}).get("fields") or {}).values())
        docs = row.get("documents") if "documents" in row else [row.get("document_id")]
        if q not in _search(row) and q not in reviewed.casefold() and not (text_docs and text_docs & set(docs or [])):
            return False
    return True


def _languages(row: dict[str, Any]) -> list[str]:
    return row["languages"] if "languages" in row else [row["language"]] if row.get("language") else []


def _search(row: dict[str, Any]) -> str:
    """A summary's ``search`` text; for an event, the same words from its own fields."""
    if "search" in row:
        return row["search"] or ""
    words = [row.get("id"), row.get("event_type"), row.get("sub_event_type"), row.get("country"), row.get("iso3"),
             row.get("admin1"), row.get("admin2"), row.get("location"), *(a["name"] for a in row.get("actors") or []),
             row.get("outlet"), row.get("title"), row.get("document_id")]
    return " ".join(w for w in words if w).casefold()


def sql_decides(f: Filters) -> bool:
    """Do ``event_clauses`` keep exactly the events ``matches`` keeps (so SQL may apply a LIMIT)?"""
    return not f.q and all(v is None or v.isascii() for v in (f.country, f.admin1, f.type))


def event_clauses(f: Filters) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses over ``events`` joined to ``documents`` that keep at least every event ``matches``
    keeps (text comparisons only for ASCII values, where SQL's lower() is Python's casefold)."""
    out: list[sa.ColumnElement[bool]] = []
    if f.since:
        out.append(events.c.date >= date.fromisoformat(f.since))
    if f.until:
        out.append(events.c.date <= date.fromisoformat(f.until))
    if f.country and f.country.isascii():
        out.append(sa.or_(sa.func.lower(events.c.country) == f.country.lower(),
                          sa.func.lower(events.c.iso3) == f.country.lower()))
    if f.admin1 and f.admin1.isascii():
        out.append(sa.func.lower(events.c.admin1) == f.admin1.lower())
    if f.actor:  # name_folded holds the casefolded name
        out.append(sa.exists().where(actors.c.event_id == events.c.id,
                                     actors.c.name_folded.contains(f.actor.casefold(), autoescape=True)))
    if f.type and f.type.isascii():
        out.append(sa.or_(sa.func.lower(events.c.event_type) == f.type.lower(),
                          sa.func.lower(events.c.sub_event_type) == f.type.lower()))
    if f.grade:
        out.append(events.c.grade == f.grade)
    if f.language:
        out.append(documents.c.language == f.language)
    if f.status in ("accepted", "rejected"):
        out.append(sa.false())  # events are never reviewed
    return out


def incident_clauses(f: Filters, present: Callable[[sa.Column, str], bool] | None = None
                     ) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses over ``incident_list`` that keep exactly the incidents ``matches`` keeps (on the shown
    values: the columns hold the reviewed values, ``*_key`` them casefolded). ``present(column, key)``, when
    given, says whether any row has that key: a country (or type) compared with only the column that holds
    it keeps the same rows and uses one index, where an OR of both would sort every match."""
    inc = incident_list.c

    def either(a: sa.Column, b: sa.Column, key: str) -> sa.ColumnElement[bool]:
        cols = [c for c in (a, b) if present is None or present(c, key)]
        return sa.or_(*(c == key for c in cols)) if cols else sa.false()

    out: list[sa.ColumnElement[bool]] = []
    if f.since:
        out.append(inc.date >= date.fromisoformat(f.since))
    if f.until:
        out.append(inc.date <= date.fromisoformat(f.until))
    if f.country:
        out.append(either(inc.country_key, inc.iso3_key, f.country.casefold()))
    if f.admin1:
        out.append(inc.admin1_key == f.admin1.casefold())
    if f.actor:
        a = f.actor.casefold()
        out.append(inc.actor_keys.contains(a, autoescape=True) if LINE not in a else sa.false())
    if f.type:
        out.append(either(inc.type_key, inc.sub_type_key, f.type.casefold()))
    if f.grade:
        out.append(inc.grade == f.grade)
    if f.language:
        out.append((sa.literal(",") + inc.languages + sa.literal(",")).contains(f",{f.language},", autoescape=True)
                   if "," not in f.language else sa.false())
    if f.status == "unreviewed":
        out.append(inc.status.is_(None))
    elif f.status == "not-rejected":
        out.append(sa.or_(inc.status.is_(None), inc.status != "rejected"))
    elif f.status:
        out.append(inc.status == f.status)
    if f.q:
        in_text = (sa.select(incident_members.c.incident_id)
                   .join(events, events.c.id == incident_members.c.event_id)
                   .join(documents, documents.c.id == events.c.document_id)
                   .where(sa.or_(documents.c.text.icontains(f.q, autoescape=True),
                                 documents.c.title.icontains(f.q, autoescape=True))))
        out.append(sa.or_(inc.search.contains(f.q.casefold(), autoescape=True), inc.id.in_(in_text)))
    return out
