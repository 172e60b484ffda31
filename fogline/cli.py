"""The ``fogline`` command: extract, ingest, events, show, export, demo."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .read import ReadResult, parse_published, read_paths

SAMPLES = Path(__file__).parent / "samples" / "reports.jsonl"


def _results(args) -> Iterator[ReadResult]:
    try:
        published = parse_published(args.published) if getattr(args, "published", None) else None
    except ValueError as exc:
        _error(f"--{exc}")
        raise _Exit(2) from None
    return read_paths(args.paths, published=published, url=getattr(args, "url", None),
                      outlet=getattr(args, "outlet", None), title=getattr(args, "title", None),
                      language=getattr(args, "language", None))


class _Exit(Exception):
    """Stop the command with this exit status (the message is printed already)."""


def _error(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)


def _summary(done: int, failures: list[str], verb: str) -> int:
    print(f"{verb} {done} document(s), {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


def _progress(args, command: str):
    """The command's progress display (``fogline.progress``): a bar on a terminal, JSON lines with
    ``--log-json``, nothing with ``--quiet`` or when stderr is not a terminal."""
    from .progress import Progress, count_inputs

    quiet, log_json = getattr(args, "quiet", False), getattr(args, "log_json", False)
    show = log_json or (not quiet and sys.stderr.isatty())
    total = count_inputs(args.paths) if show and getattr(args, "paths", None) else None
    return Progress(command, total, quiet=quiet, log_json=log_json)


def cmd_extract(args) -> int:
    from .pipeline import extract_all

    failures: list[str] = []
    done = 0
    progress = _progress(args, "extract")
    for n, it in enumerate(extract_all(_results(args), jobs=args.jobs), 1):
        progress.update(n, extracted=done + (it.failure is None), failed=len(failures) + (it.failure is not None))
        if it.failure is not None:
            failures.append(it.failure)
            progress.error(it.failure)
            continue
        done += 1
        if args.format == "json":
            print(json.dumps(it.extraction, ensure_ascii=False, indent=None if args.compact else 1)
                  if not args.jsonl else json.dumps(it.extraction, ensure_ascii=False))
        else:
            from .show import extraction_table

            print(extraction_table(it.extraction, it.document.text))
    progress.summary(extracted=done, failed=len(failures))
    return _summary(done, failures, "extracted")


def _store(args, *, create: bool = False):
    """The store of ``--db``, its incidents assembled again once if an older version fused them. Unless
    ``create`` (ingest), a SQLite store that does not exist is an error (exit 2), not a new empty store."""
    from .pipeline import open_store
    from .store import resolve_db_url

    url = resolve_db_url(args.db)
    if not create:
        _require_existing(url)
    return open_store(url, on_upgrade=_upgrading)


def _require_existing(url: str) -> None:
    """A reading command on a mistyped ``--db`` says so instead of creating an empty store."""
    from .store.base import missing_store

    problem = missing_store(url)
    if problem:
        _error(problem)
        raise _Exit(2)


def _upgrading(n: int) -> None:
    print(f"note: this store was fused by an older version of Fogline; assembling its {n} incidents once",
          file=sys.stderr)


def ingest(store, args, progress=None, stop=None):
    """Store every readable document, then fuse the incidents around what changed (``pipeline.ingest``)."""
    from .pipeline import ingest as run

    if progress is None:
        return run(store, _results(args), jobs=getattr(args, "jobs", 1), on_error=_error, stop=stop)
    return run(store, _results(args), jobs=getattr(args, "jobs", 1), on_error=progress.error, stop=stop,
               on_item=lambda r: progress.update(r.read, added=r.added, updated=r.updated, unchanged=r.unchanged,
                                                 failed=len(r.failures)),
               on_fusion=progress.phase)


class _StopAfterBatch:
    """Ctrl-C during an ingest: the first asks the pipeline to stop after the current batch (which is then
    stored and fused); a second stops at once (the open transaction rolls back; what is stored stays
    recorded as awaiting fusion, completed by the next run or `fogline fuse`)."""

    def __init__(self) -> None:
        self.hit = False
        self._old = None

    def __enter__(self) -> _StopAfterBatch:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, *_: object) -> None:
        if self.hit:
            raise KeyboardInterrupt
        self.hit = True
        print("\nstopping after the current batch (Ctrl-C again to stop at once)", file=sys.stderr)

    def __call__(self) -> bool:
        return self.hit

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def cmd_ingest(args) -> int:
    if getattr(args, "dask", None) is not None:  # extraction on a Dask cluster (fogline/distributed.py)
        from . import distributed

        if (msg := distributed.missing()) is not None:
            _error(msg)
            return 2
    progress = _progress(args, "ingest")
    with _store(args, create=True) as store, _StopAfterBatch() as stop:
        if getattr(args, "dask", None) is not None:
            report = distributed.ingest(store, _results(args), args.dask or None, workers=args.dask_workers,
                                        on_error=_error)
        else:
            report = ingest(store, args, progress, stop)
        total = store.counts()
    progress.summary(**report.counts(), failed=len(report.failures), fused=report.fused, stopped=report.stopped,
                     documents=total["documents"], events=total["events"], claims=total["claims"])
    print(f"ingested: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
          f"{len(report.failures)} failed; store holds {total['documents']} documents, {total['events']} events, "
          f"{total['claims']} claims")
    if report.stopped:
        print("interrupted: stopped after the current batch; what was read is stored and fused — run the same "
              "command again to go on", file=sys.stderr)
        return 130
    return 1 if report.failures else 0


def cmd_fuse(args) -> int:
    """Fuse what a killed ingest left awaiting fusion, or (``--all``) every event again."""
    from .pipeline import fuse_events, fuse_pending

    progress = _progress(args, "fuse")
    with _store(args) as store:
        if args.all:
            n = fuse_events(store, None, on_fusion=progress.phase)
            what = f"re-fused every event into {n} incidents"
        else:
            n = fuse_pending(store, on_fusion=progress.phase)
            what = f"fused the events of {n} document(s) awaiting fusion" if n else "nothing awaited fusion"
        progress.summary(all=args.all, fused=n)
    print(what)
    return 0


def cmd_db(args) -> int:
    """``fogline db upgrade``: bring a store to this version's schema (``store.migrate``) and incident format
    now, rather than on the first open; ``fogline db revision`` tells where it stands."""
    from .store.migrate import head

    with _store(args) as store:
        before, after = store.schema_revisions
    where = args.db or "the default store"
    if args.action == "revision":
        print(f"{where}: schema revision {after} (this version writes {head()})")
    elif before == after:
        print(f"{where}: schema revision {after}, up to date")
    else:
        print(f"{where}: upgraded from schema revision {before or 'none (before migrations)'} to {after}")
    return 0


def _filters(args):
    """The list commands' filters, with the meaning the web UI gives them (``store.filters``)."""
    from .store import FilterError, Filters

    try:
        return Filters(since=args.since, until=args.until, country=args.country, admin1=args.admin1,
                       actor=args.actor, type=args.type, grade=args.grade, language=args.language, q=args.text,
                       status=args.status)
    except FilterError as exc:
        _error(str(exc))
        raise _Exit(2) from None


_LIST_COLUMNS = ["id", "date", "date_precision", "event_type", "sub_event_type", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "actors", "fatalities"]


def _print_rows(rows: list[dict], fmt: str, table, extra: dict) -> None:
    """table / json / csv for events and incidents; ``extra`` adds computed CSV columns."""
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        from .export import write_csv

        write_csv((dict(r, actors="; ".join(f"{a['name']} ({a['side']})" for a in r["actors"]),
                        **{k: f(r) for k, f in extra.items()}) for r in rows), sys.stdout, _LIST_COLUMNS + list(extra))
    else:
        print(table(rows))


def cmd_events(args) -> int:
    from .show import events_table

    with _store(args) as store:
        events = store.events(_filters(args), limit=args.limit)
    _print_rows(events, args.format, events_table, {"claims": lambda e: len(e["claims"]),
                                                    "outlet": lambda e: e.get("outlet"),
                                                    "document_id": lambda e: e.get("document_id")})
    return 0


def cmd_show(args) -> int:
    from .show import event_detail, incident_detail

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
    from .show import incidents_table

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
    from .pipeline import merge

    return _review(args, lambda store: merge(store, args.a, args.b), "merged into")


def cmd_split(args) -> int:
    from .pipeline import split

    return _review(args, lambda store: split(store, args.incident, args.events), "split off as")


def cmd_export(args) -> int:
    from . import export

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


def cmd_demo(args) -> int:
    from .pipeline import open_store
    from .show import claims_table, events_table

    db = args.db or str(Path(tempfile.mkdtemp(prefix="fogline-demo-")) / "demo.db")
    url = db if "://" in db else f"sqlite:///{db}"
    args.paths = [str(SAMPLES)]
    with open_store(url, on_upgrade=_upgrading) as store:
        report = ingest(store, args)
        events = store.events()
    print(f"Fogline demo: {sum(report.counts().values())} bundled sample reports → {len(events)} events "
          f"(store: {db})\n")
    print(events_table(events))
    print()
    print(claims_table(events))
    return 1 if report.failures else 0


def cmd_gazetteer(args) -> int:
    from . import gazetteer

    if args.action == "import":
        total = 0
        for path in args.files:
            try:
                n = (gazetteer.import_supplement(path) if path.endswith(".csv")
                     else gazetteer.import_geonames(path, min_population=args.min_population))
            except (OSError, ValueError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            print(f"{path}: {n} places imported")
            total += n
        gaz = gazetteer.Gazetteer.default()  # rebuilds the index now, not in the middle of an extraction
        print(f"gazetteer index ready: {gaz.path}")
        return 0
    gaz = gazetteer.Gazetteer.default()
    for name in args.files:
        found = gaz.lookup(name) or gaz.admin1(name)
        for e in found[:5]:
            print(f"{name}: {e.name} ({e.kind}) {e.admin1 or '-'}, {e.country} {e.latitude:.4f},{e.longitude:.4f} "
                  f"pop {e.population} geonames {e.geonames_id}")
        if not found:
            print(f"{name}: not found")
    return 0


def cmd_eval(args) -> int:
    from .evaluate import evaluate, format_errors, format_report, load_gold

    docs, problems = load_gold(args.gold)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if not docs:
        print("error: no gold files found", file=sys.stderr)
        return 2
    if args.fusion:
        from .evaluate import evaluate_fusion

        res = evaluate_fusion(args.gold)
        if args.json:
            print(json.dumps(res, ensure_ascii=False, indent=1))
        else:
            p = res["pairs"]
            print(f"fusion: {res['documents']} reports → {res['incidents']} incidents; pairwise linking "
                  f"P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f} (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})")
            if args.errors:
                for e in res["errors"]:
                    print(f"  {'missed' if e['gold_linked'] else 'wrong'} link: {e['pair'][0]} ~ {e['pair'][1]}")
        return 0
    report, errors = evaluate(docs)
    if args.json:
        print(json.dumps({**report, "errors": errors if args.errors else None}, ensure_ascii=False, indent=1))
    else:
        print(format_report(report))
        if args.errors:
            print()
            print(format_errors(errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    from . import __version__

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
    sp.add_argument("--fusion", action="store_true",
                    help="score cross-report fusion instead: pairwise linking of reports that share an incident")
    sp.set_defaults(func=cmd_eval)

    def cmd_serve(args) -> int:
        from .serve import run
        from .store import resolve_db_url

        url = resolve_db_url(args.db)
        _require_existing(url)
        return run(url, host=args.host, port=args.port, token_file=args.token_file,
                   tile_url=args.tile_url)

    sp = sub.add_parser("serve", help="web UI and JSON API over the store (map, timeline, incidents, review)")
    db_arg(sp)
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--token-file", help="review tokens, one name:secret a line (also $FOGLINE_TOKENS)")
    sp.add_argument("--tile-url", help="optional map tiles, e.g. https://tile.example/{z}/{x}/{y}.png "
                                       "(default: $FOGLINE_TILE_URL; offline outlines without)")
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


if __name__ == "__main__":
    sys.exit(main())
