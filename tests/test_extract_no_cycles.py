"""A report's extraction leaves no reference cycle behind: its sentences, mentions and context die with it by their
reference counts. A cycle (the speaker memory's callback holding the memory and the whole report) kept every
report's objects alive until the cyclic collector walked them, a few percent of extraction time."""

import gc
from datetime import date

from fogline.extract import extract
from fogline.records import Document

TEXT = ("Armed men attacked the village of Tolomi on Tuesday, killing 14 civilians, a local official said. "
        "The group later claimed the attack and said its fighters had seized 3 vehicles. "
        "The army said it had killed 9 assailants, adding that 2 soldiers were wounded.")


def test_extraction_leaves_no_cyclic_garbage():
    extract(Document("warm", TEXT, "en", date(2025, 3, 6)))  # patterns prepared on first use: not measured
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        result = extract(Document("cycles", TEXT, "en", date(2025, 3, 6)))
        assert result.events  # the report was read (the test measures something)
        del result
        assert gc.collect() == 0
    finally:
        if was_on:
            gc.enable()
