"""Curated names kept beside the index: read from the index once, then from the file; a changed index is read again."""

import os

from fogline.gazetteer.curated import CuratedKeys


def _index(tmp_path):
    index = tmp_path / "index.sqlite"
    index.write_bytes(b"x" * 10)
    return index


def test_read_once_then_from_the_file(tmp_path):
    index = _index(tmp_path)
    calls = []
    first = CuratedKeys(index).get("ML", lambda: calls.append(1) or ("gao", "kidal"))
    again = CuratedKeys(index).get("ML", lambda: calls.append(1) or ("other",))  # a new process: the file
    assert first == again == ("gao", "kidal") and calls == [1]


def test_changed_index_is_read_again(tmp_path):
    index = _index(tmp_path)
    CuratedKeys(index).get("ML", lambda: ("gao",))
    index.write_bytes(b"y" * 20)  # rebuilt: another size
    assert CuratedKeys(index).get("ML", lambda: ("menaka",)) == ("menaka",)


def test_unreadable_file_is_no_error(tmp_path):
    index = _index(tmp_path)
    (tmp_path / "index.sqlite.curated.json").write_text("{not json", encoding="utf-8")
    assert CuratedKeys(index).get("NE", lambda: ()) == ()
    os.chmod(tmp_path, 0o500)  # an unwritable directory: the answer all the same
    try:
        assert CuratedKeys(index).get("BF", lambda: ("djibo",)) == ("djibo",)
    finally:
        os.chmod(tmp_path, 0o700)
