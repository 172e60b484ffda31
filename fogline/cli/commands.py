"""The other commands: demo, gazetteer, eval, serve."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from .common import SAMPLES, _require_existing, _upgrading
from .ingest import ingest


def cmd_demo(args) -> int:
    from ..pipeline import open_store
    from ..show import claims_table, events_table

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
    from .. import gazetteer

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
    from ..evaluate import evaluate, format_errors, format_misses, format_report, load_gold

    docs, problems = load_gold(args.gold)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if not docs:
        print("error: no gold files found", file=sys.stderr)
        return 2
    if args.fusion:
        from ..evaluate_fusion import evaluate_fusion

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
        if args.misses:
            print()
            print(format_misses(report))
        if args.errors:
            print()
            print(format_errors(errors))
    return 0


def cmd_serve(args) -> int:
    from ..serve import run
    from ..store import resolve_db_url

    url = resolve_db_url(args.db)
    _require_existing(url)
    return run(url, host=args.host, port=args.port, token_file=args.token_file,
               tile_url=args.tile_url, allowed_hosts=args.allowed_host)
