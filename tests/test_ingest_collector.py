"""An ingest runs with the cyclic garbage collector paused (a report's objects die by their counts; the sketches a
run keeps were walked again by every full collection, ~5 % of a 10,000-report ingest) and turns it on again when
it ends, also when it fails."""

import gc
from datetime import date

import pytest

from fogline.pipeline import ingest
from fogline.records import Document
from fogline.store import Store

TEXT = "Gunmen killed 7 herders near the village of Tolomi on Monday, a local official said."


def _docs(n: int) -> list[Document]:
    return [Document(f"r{i}", TEXT.replace("7", str(7 + i)), "en", date(2025, 3, 3)) for i in range(n)]


def test_collector_paused_while_reports_go_in_and_on_after(tmp_path):
    seen: list[bool] = []
    assert gc.isenabled()
    with Store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        report = ingest(store, _docs(3), on_item=lambda r: seen.append(gc.isenabled()))
    assert report.added == 3 and seen == [False, False, False]
    assert gc.isenabled()


def test_collector_on_again_after_a_failing_ingest(tmp_path):
    def boom(_report):
        raise RuntimeError("stop here")

    with Store(f"sqlite:///{tmp_path / 'f.db'}") as store, pytest.raises(RuntimeError):
        ingest(store, _docs(1), on_item=boom)
    assert gc.isenabled()
