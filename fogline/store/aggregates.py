"""Aggregates of the incident lists, each one SQL query over ``incident_list`` kept in memory until the
incidents change: totals, the weekly timeline, the facets, and the map (its points, or grid clusters when a
view holds more than ``POINTS_MAX`` incidents)."""

from __future__ import annotations

import math
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .base import iso
from .filters import Filters
from .incidents import _COMPACT, IncidentMixin, _summary
from .schema import incident_list

POINTS_MAX = 1500  # a map view with more incidents than this gets grid clusters


def snap_cell(cell: float) -> float:
    """A map grid size in degrees, as a power of two between 1/4096 and 64 (few sizes: cacheable)."""
    if not math.isfinite(cell) or cell <= 0:
        raise ValueError("cell: a positive number of degrees")
    return 2.0 ** max(-12, min(6, round(math.log2(cell))))


class AggregateMixin(IncidentMixin):
    def incident_totals(self, filters: Filters | None = None) -> dict[str, int]:
        """How many incidents pass the filters, and their best fatalities added up."""
        f = filters or Filters()

        def compute(conn: Connection) -> dict[str, int]:
            fat = sa.func.coalesce(sa.func.sum(incident_list.c.fatalities), 0)
            n, fat = conn.execute(sa.select(sa.func.count(), fat).where(*self._where(conn, f))).one()
            return {"incidents": n, "fatalities": int(fat)}
        return self._cached("totals", tuple(f.as_dict().items()), compute)

    def incident_timeline(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Dated incidents and their best fatalities per week (from Monday) and event type (``?``: none)."""
        f = filters or Filters()
        c = incident_list.c

        def compute(conn: Connection) -> list[dict[str, Any]]:
            weeks: dict[str, dict[str, dict[str, int]]] = {}
            q = (sa.select(c.week, c.event_type, sa.func.count(), sa.func.coalesce(sa.func.sum(c.fatalities), 0))
                 .where(c.week.is_not(None), *self._where(conn, f)).group_by(c.week, c.event_type).order_by(c.week))
            for wk, kind, n, fat in conn.execute(q):
                cell = weeks.setdefault(iso(wk), {}).setdefault(kind or "?", {"incidents": 0, "fatalities": 0})
                cell["incidents"] += n
                cell["fatalities"] += int(fat)
            return [{"week": w, "by_type": t} for w, t in sorted(weeks.items())]
        return self._cached("timeline", tuple(f.as_dict().items()), compute)

    def incident_facets(self) -> dict[str, Any]:
        """The values present (shown values), for the filter menus: countries, admin1 per country, types
        with their sub-types, grades, languages, the 500 actors in most incidents, the first and last date."""
        c = incident_list.c

        def compute(conn: Connection) -> dict[str, Any]:
            admin1: dict[str, set[str]] = {}
            for country, a1 in conn.execute(sa.select(c.country, c.admin1).distinct()):
                if country and a1:
                    admin1.setdefault(country, set()).add(a1)
            types: dict[str, set[str]] = {}
            for t, sub in conn.execute(sa.select(c.event_type, c.sub_event_type).distinct()):
                if t:
                    types.setdefault(t, set()).add(sub or "")
            countries = {x for x in conn.execute(sa.select(c.country).distinct()).scalars() if x}
            grades = {x for x in conn.execute(sa.select(c.grade).distinct()).scalars() if x}
            langs = {x for v in conn.execute(sa.select(c.languages).distinct()).scalars() for x in (v or "").split(",")
                     if x}
            counts: dict[str, int] = {}
            for actors in conn.execute(sa.select(c.actors)).scalars():
                for a in actors or []:
                    counts[a["name"]] = counts.get(a["name"], 0) + 1
            first, last = conn.execute(sa.select(sa.func.min(c.date), sa.func.max(c.date))).one()
            return {"countries": sorted(countries), "admin1": {k: sorted(v) for k, v in sorted(admin1.items())},
                    "types": {t: sorted(x for x in v if x) for t, v in sorted(types.items())},
                    "grades": sorted(grades), "languages": sorted(langs),
                    "actors": sorted(counts, key=lambda n: (-counts[n], n))[:500], "dates": [iso(first), iso(last)]}
        return self._cached("facets", (), compute)

    def incident_map(self, filters: Filters | None = None, bbox: tuple[float, float, float, float] | None = None,
                     cell: float = 1.0) -> dict[str, Any]:
        """What a map view needs: the incidents with coordinates inside ``bbox`` (west, south, east, north;
        west > east crosses the antimeridian) that pass the filters, as ``points`` (summaries) when there are
        at most ``POINTS_MAX``, else as ``cells`` of a grid ``cell`` degrees wide (snapped to a power of two):
        ``{lat, lon (mean), n, fatalities, types: {type: n}, bbox, id (when n is 1)}``. ``extent`` is the
        box of every matching incident, ``total`` how many are in the view."""
        f = filters or Filters()
        cell = snap_cell(cell)
        c = incident_list.c
        if bbox is not None:  # outward to the grid, so that nearby views share their answers
            w, s, e, n = bbox
            bbox = (math.floor(w / cell) * cell, math.floor(s / cell) * cell, math.ceil(e / cell) * cell,
                    math.ceil(n / cell) * cell)

        def compute(conn: Connection) -> dict[str, Any]:
            where = [c.latitude.is_not(None), c.longitude.is_not(None), *self._where(conn, f)]
            ext = conn.execute(sa.select(sa.func.min(c.longitude), sa.func.min(c.latitude), sa.func.max(c.longitude),
                                         sa.func.max(c.latitude)).where(*where)).one()
            if bbox is not None:
                w, s, e, n = bbox
                lon = c.longitude.between(w, e) if w <= e else sa.or_(c.longitude >= w, c.longitude <= e)
                where += [c.latitude.between(s, n), lon]
            total = conn.execute(sa.select(sa.func.count()).where(*where)).scalar_one()
            out: dict[str, Any] = {"total": total, "cell": cell, "extent": None if ext[0] is None else list(ext)}
            if total <= POINTS_MAX:
                rows = conn.execute(sa.select(*_COMPACT).where(*where).order_by(c.sort_date, c.id)).all()
                return dict(out, points=[_summary(r) for r in rows])
            gx, gy = self._grid(conn, c.longitude + 180, cell), self._grid(conn, c.latitude + 90, cell)
            q = (sa.select(gx.label("gx"), gy.label("gy"), c.event_type, sa.func.count(),
                           sa.func.coalesce(sa.func.sum(c.fatalities), 0), sa.func.sum(c.latitude),
                           sa.func.sum(c.longitude), sa.func.min(c.longitude), sa.func.min(c.latitude),
                           sa.func.max(c.longitude), sa.func.max(c.latitude), sa.func.min(c.id))
                 .where(*where).group_by(sa.literal_column("gx"), sa.literal_column("gy"), c.event_type))
            cells: dict[tuple[int, int], dict[str, Any]] = {}
            for x, y, kind, k, fat, slat, slon, w, s, e, n, first in conn.execute(q):
                got = cells.setdefault((x, y), {"n": 0, "fatalities": 0, "lat": 0.0, "lon": 0.0, "types": {},
                                                "bbox": [w, s, e, n], "id": first})
                got["n"] += k
                got["fatalities"] += int(fat)
                got["lat"] += slat
                got["lon"] += slon
                got["types"][kind or "?"] = got["types"].get(kind or "?", 0) + k
                b = got["bbox"]
                got["bbox"] = [min(b[0], w), min(b[1], s), max(b[2], e), max(b[3], n)]
            for got in cells.values():
                got["lat"], got["lon"] = round(got["lat"] / got["n"], 5), round(got["lon"] / got["n"], 5)
                if got["n"] > 1:
                    got.pop("id")
            return dict(out, cells=[cells[k] for k in sorted(cells)])
        return self._cached("map", (tuple(f.as_dict().items()), bbox, cell), compute)

    @staticmethod
    def _grid(conn: Connection, value: sa.ColumnElement[float], cell: float) -> sa.ColumnElement[int]:
        """floor(value / cell) for value >= 0: a cast on SQLite (it truncates), floor() elsewhere."""
        if conn.dialect.name == "sqlite":
            return sa.cast(value / cell, sa.Integer)
        return sa.cast(sa.func.floor(value / cell), sa.Integer)

    # -- full incidents -------------------------------------------------------------------------------
