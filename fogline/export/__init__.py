"""Exporters: ACLED CSV, UCDP GED CSV, GeoJSON, JSON Lines and Parquet, from event or incident dicts.

Event dicts are the schema shape of one event (``Event.to_dict()``) optionally enriched with document
fields as ``Store.events()`` returns them (``outlet``, ``ingested_at``, ...); incident dicts are the
store's assembled incidents. Conventions follow the ACLED codebook summary in ``reference/codebooks.md``
(31 export columns, inter/interaction labels, disorder_type, civilian_targeting, time_precision, notes
house style) and UCDP GED's columns. Every CSV cell is spreadsheet-safe (``common.spreadsheet_safe``).
"""

from .acled import (
    ACLED_COLUMNS,
    CIVILIANS_TARGETED,
    INTER_CODES,
    INTER_LABELS,
    TIME_PRECISION,
    acled_row,
    disorder_type,
    interaction,
    write_acled_csv,
)
from .common import REGION_BY_ISO3, iso_numeric, spreadsheet_safe, write_csv
from .geojson import geojson_feature, write_geojson, write_jsonl
from .notes import acled_notes, claim_phrase, claim_quantity
from .parquet import write_parquet
from .ucdp import UCDP_COLUMNS, ucdp_row, write_ucdp_csv

__all__ = [
    "ACLED_COLUMNS", "CIVILIANS_TARGETED", "INTER_CODES", "INTER_LABELS", "REGION_BY_ISO3", "TIME_PRECISION",
    "UCDP_COLUMNS", "acled_notes", "acled_row", "claim_phrase", "claim_quantity", "disorder_type",
    "geojson_feature", "interaction", "iso_numeric", "spreadsheet_safe", "ucdp_row", "write_acled_csv",
    "write_csv", "write_geojson", "write_jsonl", "write_parquet", "write_ucdp_csv",
]
