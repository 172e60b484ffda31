"""Commands that read the store back: events, incidents, show, merge/split review, export."""

from __future__ import annotations

import json
import sys

from .common import _filters, _store

_LIST_COLUMNS = ["id", "date", "date_precision", "event_type", "sub_event_type", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "actors", "fatalities"]


def _print_rows(rows: list[dict], fmt: str, table, extra: dict) -> None:
    """table / json / csv for events and incidents; ``extra`` adds computed CSV columns."""
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        from ..export import write_csv

        write_csv((dict(r, actors="; ".join(f"{a['name']} ({a['side']})" for a in r["actors"]),
                        **{k: f(r) for k, f in extra.items()}) for r in rows), sys.stdout, _LIST_COLUMNS + list(extra))
    else:
        print(table(rows))


def cmd_events(args) -> int:
    from ..show import events_table

    with _store(args) as store:
        events = store.events(_filters(args), limit=args.limit)
    _print_rows(events, args.format, events_table, {"claims": lambda e: len(e["claims"]),
                                                    "outlet": lambda e: e.get("outlet"),
                                                    "document_id": lambda e: e.get("document_id")})
    return 0


def cmd_show(args) -> int:
    from ..show import event_detail, incident_detail

    with _store(args) as store:
        event = store.event(args.id)
        incident = None if event else store.incident(args.id)
    if event is None and incident is None:
        print(f"error: no event or incident {args.id!r} in the store", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(event or incident, ensure_ascii=False, indent=1, default=str))
    else:
        print(event_detail(event) if event else incident_detail(incident))
    return 0


def cmd_incidents(args) -> int:
    from ..show import incidents_table

    with _store(args) as store:
        incidents = store.incidents(_filters(args), limit=args.limit)
    _print_rows(incidents, args.format, incidents_table, {
        "grade": lambda i: i.get("grade"), "documents": lambda i: len(i["documents"]),
        "outlets": lambda i: "; ".join(dict.fromkeys(s["outlet"] or "?" for s in i["sources"]))})
    return 0


def _review(args, action, message: str) -> int:
    """Run a manual fusion change; an unknown incident or event is an error naming it."""
    with _store(args) as store:
        try:
            new = action(store)
        except KeyError as exc:
            print(f"error: {exc.args[0]}", file=sys.stderr)
            return 2
    print(f"{message} {new}")
    return 0


def cmd_merge(args) -> int:
    from ..pipeline import merge

    return _review(args, lambda store: merge(store, args.a, args.b), "merged into")


def cmd_split(args) -> int:
    from ..pipeline import split

    return _review(args, lambda store: split(store, args.incident, args.events), "split off as")


def cmd_export(args) -> int:
    from .. import export

    with _store(args) as store:
        rows = store.incidents(_filters(args)) if args.level == "incidents" else store.events(_filters(args))
    if args.format == "parquet":
        if args.output in (None, "-"):
            print("error: parquet needs -o FILE", file=sys.stderr)
            return 2
        try:
            n = export.write_parquet(rows, args.output)
        except ImportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    else:
        writer = {"acled-csv": export.write_acled_csv, "geojson": export.write_geojson,
                  "jsonl": export.write_jsonl, "ucdp-csv": export.write_ucdp_csv}[args.format]
        if args.output in (None, "-"):
            n = writer(rows, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = writer(rows, out)
    print(f"exported {n} {args.level} as {args.format}", file=sys.stderr)
    return 0
