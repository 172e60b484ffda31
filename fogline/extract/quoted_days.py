"""A relative day inside a quotation counts from the day its speaker spoke: '« Ils sont arrivés hier vers 17 heures
», a raconté dimanche un habitant' is Saturday, whatever the page's day. Apart from :mod:`.dates`, which reads the
day words and calls this on a sentence with a quotation mark and more than one day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from ..vocab import DAY

if TYPE_CHECKING:  # for annotations only: dates calls this with its mentions
    from .dates import DateMention

QUOTE_MARKS = re.compile("[«“\"]")
_CLOSE = re.compile("[»”\"]")
_PAIRS = {"»": "«", "”": "“"}  # a straight quotation mark closes the one before it


def speakers_days(text: str, out: list[DateMention], relative_days: dict[str, int]) -> list[DateMention]:
    """``out`` with each relative day of ``relative_days`` ('yesterday': -1) that lies inside a quotation counted from
    the day named within 40 characters after the quotation closes ('," a resident said on Sunday')."""
    new = list(out)
    for close in _CLOSE.finditer(text):
        if close.group() == '"' and text.count('"', 0, close.start()) % 2 == 0:
            continue  # a straight mark that opens a quotation
        opened = text.rfind(_PAIRS.get(close.group(), close.group()), 0, close.start())
        said = next((d for d in out if close.end() <= d.start <= close.end() + 40 and d.precision == DAY
                     and d.kind in ("weekday", "absolute") and d.date), None)
        if opened < 0 or said is None:
            continue
        for i, d in enumerate(new):
            words = " ".join(text[d.start:d.end].lower().split())
            if opened < d.start < close.start() and d.kind == "relative" and words in relative_days:
                new[i] = replace(d, date=said.date + timedelta(days=relative_days[words]))
    return new
