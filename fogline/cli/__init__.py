"""The ``fogline`` command: extract, ingest, events, show, export, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import cmd_demo, cmd_eval, cmd_gazetteer, cmd_serve
from .common import (  # noqa: F401 (re-exported)
    SAMPLES,
    _error,
    _Exit,
    _filters,
    _progress,
    _require_existing,
    _results,
    _store,
    _summary,
    _upgrading,
)
from .ingest import _StopAfterBatch, cmd_db, cmd_extract, cmd_fuse, cmd_ingest, ingest  # noqa: F401 (re-exported)
from .lists import (  # noqa: F401 (re-exported)
    _LIST_COLUMNS,
    _print_rows,
    _review,
    cmd_events,
    cmd_export,
    cmd_incidents,
    cmd_merge,
    cmd_show,
    cmd_split,
)


def main(argv: list[str] | None = None) -> int:
    from .. import __version__

    p = argparse.ArgumentParser(prog="fogline", description=__doc__)
    p.add_argument("--version", action="version", version=f"fogline {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def reader_args(sp):
        sp.add_argument("paths", nargs="+", help="files, folders, JSON/JSONL, or - for stdin")
        sp.add_argument("--published", help="publication date YYYY-MM-DD (single files)")
        sp.add_argument("--url")
        sp.add_argument("--outlet")
        sp.add_argument("--title")
        sp.add_argument("--language", help="ISO 639-1 code; detected when absent")

    def db_arg(sp):
        sp.add_argument("--db", help="database URL or SQLite path (default: $FOGLINE_DB or ./fogline.db)")

    def filter_args(sp):  # the web UI's filters, with the same meaning (fogline/store/filters.py)
        sp.add_argument("--country", help="country name or ISO3 code")
        sp.add_argument("--admin1", help="first-level region")
        sp.add_argument("--actor", help="part of an actor's name")
        sp.add_argument("--type", help="event type or sub-event type")
        sp.add_argument("--since", help="YYYY-MM-DD (inclusive)")
        sp.add_argument("--until", help="YYYY-MM-DD (inclusive)")
        sp.add_argument("--grade", help="confirmed, fair, weak, contested or discounted")
        sp.add_argument("--language", help="ISO 639-1 code of a report")
        sp.add_argument("--text", help="free text: fields, actors, outlets, titles, report text")
        sp.add_argument("--status", help="review status: accepted, rejected, unreviewed or not-rejected")

    def jobs_arg(sp):
        sp.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extract in N processes (output and store as with one)")

    def progress_args(sp):
        sp.add_argument("--quiet", action="store_true", help="no progress bar (none either when stderr is not a "
                                                             "terminal)")
        sp.add_argument("--log-json", action="store_true",
                        help="progress, errors and the summary as JSON lines on stderr")

    sp = sub.add_parser("extract", help="print the extraction of each document")
    reader_args(sp)
    sp.add_argument("--format", choices=["json", "table"], default="json")
    sp.add_argument("--compact", action="store_true", help="one line per document")
    jobs_arg(sp)
    progress_args(sp)
    sp.set_defaults(func=cmd_extract, jsonl=False)

    sp = sub.add_parser("ingest", help="extract and store documents, then fuse them into incidents")
    reader_args(sp)
    db_arg(sp)
    jobs_arg(sp)
    progress_args(sp)

    sp.add_argument("--dask", nargs="?", const="", default=None, metavar="ADDRESS",
                    help="extract on a Dask cluster: the scheduler at ADDRESS (--dask=ADDRESS, or after the "
                         "paths), or a local cluster (pip install 'fogline[dask]'); stored here, then fused once")
    sp.add_argument("--dask-workers", type=int, default=2, metavar="N",
                    help="worker processes of the local cluster (default: 2)")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("fuse", help="fuse what an interrupted ingest left awaiting fusion (--all: every event)")
    db_arg(sp)
    sp.add_argument("--all", action="store_true", help="re-fuse every event, not only those awaiting fusion")
    progress_args(sp)
    sp.set_defaults(func=cmd_fuse)

    def list_command(name, help, func):
        sp = sub.add_parser(name, help=help)
        db_arg(sp)
        filter_args(sp)
        sp.add_argument("--format", choices=["table", "json", "csv"], default="table")
        sp.add_argument("--limit", type=int)
        sp.set_defaults(func=func)

    list_command("events", "list stored events", cmd_events)

    sp = sub.add_parser("show", help="one stored event with its claims and their sentences")
    db_arg(sp)
    sp.add_argument("id")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.set_defaults(func=cmd_show)

    sp = sub.add_parser("export", help="export stored events")
    db_arg(sp)
    filter_args(sp)
    sp.add_argument("--format", choices=["acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet"], required=True)
    sp.add_argument("--level", choices=["events", "incidents"], default="events",
                    help="one row per report's event, or per fused incident (all sources together)")
    sp.add_argument("-o", "--output", help="output file (default: stdout)")
    sp.set_defaults(func=cmd_export)

    list_command("incidents", "list fused incidents (one per real-world event)", cmd_incidents)

    sp = sub.add_parser("merge", help="merge two incidents (kept across re-ingests)")
    db_arg(sp)
    sp.add_argument("a")
    sp.add_argument("b")
    sp.set_defaults(func=cmd_merge)

    sp = sub.add_parser("split", help="split events out of an incident into their own (kept across re-ingests)")
    db_arg(sp)
    sp.add_argument("incident")
    sp.add_argument("events", nargs="+")
    sp.set_defaults(func=cmd_split)

    sp = sub.add_parser("demo", help="ingest the bundled sample reports into a fresh store and show them")
    sp.add_argument("--db", help="where to keep the demo store (default: a new temporary file)")
    sp.set_defaults(func=cmd_demo, published=None, language=None, jobs=1)

    sp = sub.add_parser("db", help="the store's schema: upgrade it to this version (also done on open)")
    sp.add_argument("action", choices=["upgrade", "revision"])
    db_arg(sp)
    sp.set_defaults(func=cmd_db)

    sp = sub.add_parser("gazetteer", help="import GeoNames dumps or curated places; look names up")
    sp.add_argument("action", choices=["import", "lookup"])
    sp.add_argument("files", nargs="+", help="GeoNames XX.txt dumps or supplement CSVs (import); names (lookup)")
    sp.add_argument("--min-population", type=int, default=0)
    sp.set_defaults(func=cmd_gazetteer)

    sp = sub.add_parser("eval", help="score extraction against gold annotation files or folders")
    sp.add_argument("gold", nargs="+")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--errors", action="store_true", help="list every missed, spurious or wrong value")
    sp.add_argument("--misses", action="store_true",
                    help="count, by kind and without names, the claims right on what and number but wrong on "
                         "whom or by whom, and the wrong locations and dates of matched events")
    sp.add_argument("--fusion", action="store_true",
                    help="score cross-report fusion instead: pairwise linking of reports that share an incident")
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("serve", help="web UI and JSON API over the store (map, timeline, incidents, review)")
    db_arg(sp)
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--token-file", help="review tokens, one name:secret a line (also $FOGLINE_TOKENS); "
                                         "secrets of 16 characters at least")
    sp.add_argument("--tile-url", help="optional map tiles, e.g. https://tile.example/{z}/{x}/{y}.png "
                                       "(default: $FOGLINE_TILE_URL; offline outlines without)")
    sp.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                    help="a Host name the server answers besides the bound address and localhost (repeatable; "
                         "*.example.org for its subdomains, * for any; also $FOGLINE_ALLOWED_HOSTS); other "
                         "Host headers get 400, against DNS rebinding")
    sp.set_defaults(func=cmd_serve)

    args = p.parse_args(argv)
    if args.command == "extract":
        multi = len(args.paths) > 1 or any(Path(x).is_dir() or x.endswith((".jsonl", ".ndjson"))
                                           for x in args.paths if x != "-")
        args.jsonl = args.compact or multi
    try:
        return args.func(args)
    except _Exit as exc:
        return exc.args[0]
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # a second Ctrl-C during an ingest, or any during another command
        print("\ninterrupted: stopped at once (an ingest's stored documents await fusion: run it again or "
              "`fogline fuse`)" if args.command == "ingest" else "\ninterrupted", file=sys.stderr)
        return 130

    except Exception as exc:  # the store's errors are one line to show, never a traceback
        errors = sys.modules.get("fogline.store.errors")
        if errors is None or not isinstance(exc, errors.StoreError):
            raise
        _error(str(exc))
        return 2
