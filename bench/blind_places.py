"""Place scores on a corpus whose places the curated data does not know: a stand-in for reports nobody tuned on.

    python -m bench.blind_places CORPUS_DIR [CORPUS_DIR ...] [--mode gold|text]

The curated places (resources/places_supplement.csv) and second-level areas (resources/admin2/) were grown on
dev/'s reports, so dev/ overrates how the extractor places events in reports it never saw. This drops, from a
temporary copy of both, every row one of whose names is a gold location of the corpus (``--mode gold``) or
appears anywhere in its texts (``--mode text``, the default), builds a gazetteer from that copy in a temporary
cache, and prints ``fogline eval``'s field scores. What is left for those places is what generalises: the
GeoNames cities, the admin1 names, the language's place words and the report's context.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import tempfile
from pathlib import Path


def _corpus(folders: list[str]) -> tuple[set[str], str]:
    from fogline.gazetteer import fold

    gold, texts = set(), []
    for folder in folders:
        for f in sorted(Path(folder).rglob("*.json")):
            d = json.loads(f.read_text("utf-8"))
            if "gold" not in d:
                continue
            texts.append(d.get("text") or "")
            gold |= {fold(e["location"]) for e in d["gold"]["events"] if e.get("location")}
    return gold, "\n".join(texts)


def _keep(row: dict, gold: set[str], words: set[str], mode: str) -> bool:
    from fogline.gazetteer import fold

    names = [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a.strip())]
    if mode == "gold":
        return not any(fold(n) in gold for n in names)
    return not any(fold(n) in words for n in names)


def _word_runs(text: str) -> set[str]:
    """Every run of one to four words of the texts, folded as the gazetteer folds names."""
    from fogline.gazetteer import fold

    toks = re.findall(r"[\w'’-]+", text)
    out = set()
    for i in range(len(toks)):
        for n in range(1, 5):
            out.add(fold(" ".join(toks[i:i + n])))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--mode", choices=("gold", "text"), default="text")
    ap.add_argument("--errors", action="store_true", help="list the wrong admin1 and location values")
    ap.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (its index is reused next time)")
    args = ap.parse_args(argv)
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="fogline-blind-"))
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["FOGLINE_CACHE"] = str(tmp / "cache")
    os.environ["FOGLINE_DATA"] = str(tmp / "data")  # no user imports either
    try:
        from fogline.extract import admin2
        from fogline.gazetteer import index

        gold, text = _corpus(args.corpus)
        words = _word_runs(text) if args.mode == "text" else set()
        dropped = 0
        supp = tmp / "places_supplement.csv"
        with index.SUPPLEMENT_CSV.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        kept = [r for r in rows if _keep(r, gold, words, args.mode)]
        dropped += len(rows) - len(kept)
        with supp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(kept)
        areas = tmp / "admin2"
        areas.mkdir(exist_ok=True)
        for path in sorted(admin2.AREAS_DIR.glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            kept_areas = [r for r in rows if _keep(r, gold, words, args.mode)]
            dropped += len(rows) - len(kept_areas)
            with (areas / path.name).open("w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(kept_areas)
        index.SUPPLEMENT_CSV = supp  # read by default_index_path and build_index at call time
        admin2.Areas.__init__.__defaults__ = (areas,)
        from fogline.evaluate import evaluate, load_gold

        docs, _ = load_gold(args.corpus)
        report, errors = evaluate(docs)
        if args.errors:
            for e in errors:
                if e["kind"] == "wrong field" and e["field"] in ("admin1", "location"):
                    print(f"{e['doc']:8} {e['field']:8} pred={e['pred']!s:22} gold={e['gold']!s:22} {e['event']}")
        print(f"curated rows dropped: {dropped} (mode {args.mode})")
        for scope, sc in [("overall", report["overall"]), *report["by_language"].items()]:
            cells = "  ".join(f"{f} {v['accuracy']:.2f}" for f, v in sc["fields"].items()
                              if f in ("country", "admin1", "location") and v["accuracy"] is not None)
            print(f"{scope:8} events F1 {sc['events']['f1']:.2f}  {cells}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
