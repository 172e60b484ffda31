"""Snapshot what Fogline produces, to show that a restructure changed nothing (issue 12).

    python scripts/snapshot.py OUT_DIR              # write extract.jsonl + incidents.json
    python scripts/snapshot.py OUT_DIR --compare REF_DIR   # and name every document that differs

Inputs: the bundled samples, bench/gold, and ../shared/corpus/{seed,dev,check} when present (check/ is
only run, never read). Only the CLI is used, so the same script runs on any version of the code.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FOGLINE_SHARED", ROOT.parent / "shared")) / "corpus"  # a worktree sets it


def inputs() -> list[str]:
    paths = [ROOT / "fogline" / "samples" / "reports.jsonl", ROOT / "bench" / "gold"]
    paths += [SHARED / name for name in ("seed", "dev", "check") if (SHARED / name).exists()]
    return [str(p) for p in paths]


def fogline(*args: str) -> str:
    exe = Path(sys.executable).with_name("fogline")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, check=False).stdout


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = [json.loads(line) for line in fogline("extract", *inputs(), "--format", "json").splitlines() if line]
    lines.sort(key=lambda x: (x["document"]["id"], x["document"].get("text_sha256") or ""))
    (out / "extract.jsonl").write_text("".join(json.dumps(x, sort_keys=True, ensure_ascii=False) + "\n"
                                               for x in lines))
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/snap.db"
        fogline("ingest", *inputs(), "--db", db)
        incidents = json.loads(fogline("incidents", "--db", db, "--format", "json", "--limit", "1000000"))
    members = sorted(sorted(e["id"] if isinstance(e, dict) else e for e in inc.get("events", [])) for inc in incidents)
    (out / "incidents.json").write_text(json.dumps(members, indent=0) + "\n")
    print(f"{len(lines)} extractions, {len(members)} incidents -> {out}")


def compare(out: Path, ref: Path) -> int:
    def by_id(p: Path) -> dict[str, str]:  # the samples and bench/gold share ids: number repeats
        seen: dict[str, int] = {}
        out = {}
        for line in p.read_text().splitlines():
            doc_id = json.loads(line)["document"]["id"]
            seen[doc_id] = seen.get(doc_id, 0) + 1
            out[f"{doc_id}#{seen[doc_id]}" if seen[doc_id] > 1 else doc_id] = line
        return out

    a, b = by_id(out / "extract.jsonl"), by_id(ref / "extract.jsonl")
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    same_incidents = (out / "incidents.json").read_text() == (ref / "incidents.json").read_text()
    listed = f"; differ: {', '.join(differ)}" if differ else ""
    print(f"extraction: {len(a) - len(differ)}/{len(a)} identical{listed}")
    print("incident assignments: " + ("identical" if same_incidents else "DIFFERENT"))
    return 0 if not differ and same_incidents else 1


if __name__ == "__main__":
    target = Path(sys.argv[1])
    snapshot(target)
    if "--compare" in sys.argv:
        sys.exit(compare(target, Path(sys.argv[sys.argv.index("--compare") + 1])))
