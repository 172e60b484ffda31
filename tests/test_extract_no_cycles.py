"""A report's extraction leaves no reference cycle behind: its sentences, mentions and context die with it by their
reference counts. A cycle (the speaker memory's callback holding the memory and the whole report) kept every
report's objects alive until the cyclic collector walked them, a few percent of extraction time."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXT = ("Armed men attacked the village of Tolomi on Tuesday, killing 14 civilians, a local official said. "
        "The group later claimed the attack and said its fighters had seized 3 vehicles. "
        "The army said it had killed 9 assailants, adding that 2 soldiers were wounded.")

# in a process of its own: the threads other tests leave running (a Dask cluster's event loop) make cyclic
# garbage of their own at any moment
SCRIPT = """
import gc, sys
from datetime import date
from fogline.extract import extract
from fogline.records import Document
extract(Document("warm", sys.argv[1], "en", date(2025, 3, 6)))  # patterns prepared on first use: not measured
gc.collect()
gc.disable()
result = extract(Document("cycles", sys.argv[1], "en", date(2025, 3, 6)))
assert result.events  # the report was read (the test measures something)
del result
print(gc.collect())
"""


def test_extraction_leaves_no_cyclic_garbage():
    done = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "0"
