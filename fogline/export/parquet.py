"""Parquet: flat columns for data frames (an optional extra)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def write_parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    """Flat columns (the ACLED fields plus low/best/high and ids); nested values as JSON text."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # an optional extra: pip install "fogline[parquet]"
        raise ImportError("Parquet export needs pyarrow: pip install 'fogline[parquet]'") from exc
    records = []
    for r in rows:
        flat = {k: (json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, dict | list) else v)
                for k, v in r.items() if k not in ("document_text", "event_records")}
        records.append(flat)
    cols = sorted({k for r in records for k in r})
    table = pa.table({c: [None if r.get(c) is None else str(r[c]) if not isinstance(r.get(c), int | float | bool)
                          else r[c] for r in records] for c in cols}) if records else pa.table({})
    pq.write_table(table, path)
    return len(records)
