"""``fogline ingest --dask``: extraction on a Dask cluster ends in the store a plain ingest makes (documents,
events, incidents), on SQLite and on PostgreSQL."""

import json
import warnings

import pytest
from conftest import SAMPLES, store_rows

from fogline.cli import main
from fogline.store import Store

pytestmark = [pytest.mark.usefixtures("backend"), pytest.mark.filterwarnings("ignore::DeprecationWarning")]
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two workers of one thread each, in this process (the code path of any cluster: tasks, pickling)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    yield c
    c.close()


@pytest.fixture
def feed(tmp_path):
    """The 17 samples, a broken line, a duplicate text under another id, and a revised report: 21 inputs."""
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    lines.insert(5, "{broken")
    lines.append(json.dumps({**first, "id": "copy-of-first"}))  # the same text: unchanged
    second = json.loads(lines[1])
    lines.append(json.dumps({**second, "text": second["text"] + " Residents said the toll could rise."}))
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p



def test_dask_ingest_stores_what_a_plain_ingest_stores(capsys, tmp_path, feed, cluster):
    plain, dask = tmp_path / "plain.db", tmp_path / "dask.db"
    assert main(["ingest", str(feed), "--db", str(plain)]) == 1
    said_plain = capsys.readouterr()
    assert main(["ingest", str(feed), "--db", str(dask), "--dask", cluster.scheduler_address]) == 1
    said_dask = capsys.readouterr()
    assert said_dask.out == said_plain.out and "feed.jsonl:6" in said_dask.err
    assert "17 added, 1 updated, 1 unchanged, 1 failed" in said_dask.out
    docs, events, incidents = store_rows(dask)
    assert (docs, events, incidents) == store_rows(plain) and len(docs) == 17 and incidents
    # a second run: the stored reports are not sent again; the two versions of one report alternate as in a
    # plain re-run
    assert main(["ingest", str(feed), "--db", str(plain)]) == 1
    again_plain = capsys.readouterr().out
    assert main(["ingest", str(feed), "--db", str(dask), "--dask", cluster.scheduler_address]) == 1
    assert capsys.readouterr().out == again_plain and "0 added, 1 updated, 18 unchanged" in again_plain
    assert store_rows(dask) == store_rows(plain)


def test_small_shards_keep_the_input_order(tmp_path, feed, cluster):
    from fogline import distributed as dist
    from fogline.pipeline import ingest
    from fogline.read import read_paths

    with Store(f"sqlite:///{tmp_path / 'a.db'}") as a, distributed.Client(cluster) as client:
        report = dist.ingest(a, read_paths([str(feed)]), client=client, shard=3)
    with Store(f"sqlite:///{tmp_path / 'b.db'}") as b:
        plain = ingest(b, read_paths([str(feed)]))
    assert (report.counts(), report.failures, report.changed) == (plain.counts(), plain.failures, plain.changed)
    assert store_rows(tmp_path / "a.db") == store_rows(tmp_path / "b.db")


def test_without_dask_the_command_says_what_to_install(capsys, tmp_path, monkeypatch, backend):
    import importlib.util

    if backend != "sqlite":
        pytest.skip("the message does not depend on the store")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    assert main(["ingest", str(SAMPLES), "--db", str(tmp_path / "x.db"), "--dask"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "error: fogline ingest --dask needs Dask: pip install 'fogline[dask]'"
    assert not (tmp_path / "x.db").exists()
