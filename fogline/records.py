"""Plain typed records passed between stages (read → extract → reconcile → store → export).

Every record serialises to the dict shape of ``extraction.schema.json`` (``to_dict``)
and back (``from_dict``), so stores and exporters never need the extractor. The values of kinds, sides,
claim kinds, statuses, claimant labels and grades are the constants of ``vocab.py``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime, 'YYYY-MM-DD' or a full ISO timestamp; None for empty;
    ValueError for anything else (callers add what the value was)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value).date()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the unchanged document text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Evidence:
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Evidence | None:
        return None if d is None else cls(d["start"], d["end"], d["text"])


def _ev(e: Evidence | None) -> dict[str, Any] | None:
    return None if e is None else e.to_dict()


@dataclass(slots=True)
class Document:
    id: str
    text: str
    language: str = "en"
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    source: str | None = None  # where it was read from (path, path:line)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "text_sha256": self.text_sha256,
        }


@dataclass(slots=True)
class Place:
    location: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near a town / part of region, 3 region
    geonames_id: int | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Actor:
    name: str
    kind: str  # vocab: STATE_FORCES, REBEL_GROUP, ..., CIVILIANS, OTHER_KIND
    side: str  # vocab.SIDE_A initiator, vocab.SIDE_B target or opponent
    country: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "side": self.side,
            "country": self.country,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(d["name"], d["kind"], d["side"], d.get("country"),
                   [Evidence.from_dict(e) for e in d.get("evidence", [])])


@dataclass(slots=True)
class Claim:
    what: str  # vocab: KILLED, WOUNDED, CAPTURED, MISSING, ABDUCTED, VEHICLES_DESTROYED, ..., OTHER_WHAT
    of: str  # canonical actor name, vocab.civilians_of(country) or vocab.UNKNOWN
    low: int | None
    high: int | None  # None = open-ended
    claimant: str  # canonical actor name or a source label (vocab.THE_OUTLET, vocab.RESIDENTS, ...)
    status: str  # vocab: CLAIMED, REPORTED, CONFIRMED, UNVERIFIED, DENIED
    evidence: Evidence
    vague: bool = False
    claimant_evidence: Evidence | None = None
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "of": self.of,
            "low": self.low,
            "high": self.high,
            "vague": self.vague,
            "claimant": self.claimant,
            "status": self.status,
            "evidence": self.evidence.to_dict(),
            "claimant_evidence": _ev(self.claimant_evidence),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(d["what"], d["of"], d["low"], d["high"], d["claimant"], d["status"],
                   Evidence.from_dict(d["evidence"]), d.get("vague", False),
                   Evidence.from_dict(d.get("claimant_evidence")), d.get("id", ""))


@dataclass(slots=True)
class Estimate:
    low: int | None
    best: int | None
    high: int | None
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "why": self.why}


@dataclass(slots=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: str | None  # ISO date
    date_precision: str | None  # vocab: DAY, WEEK, MONTH, YEAR
    place: Place
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)  # trigger words
    date_evidence: Evidence | None = None
    estimates: dict[str, Estimate] = field(default_factory=dict)
    fatalities: int | None = None
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.5
    grade: str | None = None  # vocab.GRADE_*: confirmed, fair, weak, contested, discounted (see reconcile.py)
    grade_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "id": self.id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_evidence": _ev(self.date_evidence),
            "country": p.country,
            "iso3": p.iso3,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "location": p.location,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "geo_precision": p.geo_precision,
            "geonames_id": p.geonames_id,
            "location_evidence": _ev(p.evidence),
            "actors": [a.to_dict() for a in self.actors],
            "claims": [c.to_dict() for c in self.claims],
            "estimates": {k: v.to_dict() for k, v in self.estimates.items()},
            "fatalities": self.fatalities,
            "contradictions": self.contradictions,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "grade": self.grade,
            "grade_reason": self.grade_reason,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        place = Place(d.get("location"), d.get("country"), d.get("iso3"), d.get("admin1"),
                      d.get("admin2"), d.get("latitude"), d.get("longitude"),
                      d.get("geo_precision"), d.get("geonames_id"),
                      Evidence.from_dict(d.get("location_evidence")))
        return cls(
            id=d["id"], event_type=d["event_type"], sub_event_type=d["sub_event_type"],
            date=d.get("date"), date_precision=d.get("date_precision"), place=place,
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            claims=[Claim.from_dict(c) for c in d.get("claims", [])],
            evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])],
            date_evidence=Evidence.from_dict(d.get("date_evidence")),
            estimates={k: Estimate(v.get("low"), v.get("best"), v.get("high"), v.get("why", ""))
                       for k, v in d.get("estimates", {}).items()},
            fatalities=d.get("fatalities"),
            contradictions=list(d.get("contradictions", [])),
            confidence=d.get("confidence", 0.5),
            grade=d.get("grade"),
            grade_reason=d.get("grade_reason", ""),
        )


@dataclass(slots=True)
class Background:
    """Past events or context mentioned but not reported as news."""

    evidence: Evidence
    year: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "evidence": self.evidence.to_dict()}


@dataclass(slots=True)
class Extraction:
    """What extraction yields for one document; ``to_dict`` is the JSON contract."""

    document: Document
    events: list[Event] = field(default_factory=list)
    background: list[Background] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "background": [b.to_dict() for b in self.background],
            "warnings": list(self.warnings),
        }
