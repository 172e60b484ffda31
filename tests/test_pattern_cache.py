"""The programs and analyses of the language data's patterns kept between runs (extract/pattern_cache.py): a warm
start builds the very same extractor, and a bad cache only costs time."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fogline.extract import pattern_cache
from fogline.extract.text import words_source

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def results(tmp_path, monkeypatch):
    """A cache of this test's own, in ``tmp_path``."""
    fresh = pattern_cache._Results(tmp_path)
    monkeypatch.setattr(pattern_cache, "_RESULTS", fresh)
    return fresh


PATTERNS = [
    (r"(?<![\w-])(?:killed|shot dead|died)(?![\w-])", 0),
    (r"(?P<n>\d+) (?P<what>soldiers?|civilians?)", re.I),
    (r"^(?:au moins|près de) (\d+)\s*$", re.I | re.M),
    (r"(?x) \b ( [A-Z]\w+ ) \s+ said", 0),  # verbose: the flag changes the parse
]
TEXTS = ["Gunmen killed 12 soldiers and 3 CIVILIANS, the mayor said.", "au moins 40\nPrès de 7", "Residents said"]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_compiled_pattern_matches_as_re_compile_cold_and_warm(results, source, flags):
    expected = re.compile(source, flags)
    for _ in range(2):  # a miss, then a hit of the same process
        got = pattern_cache.compile(source, flags)
        assert (got.pattern, got.flags, got.groupindex, got.groups) == \
               (expected.pattern, expected.flags, expected.groupindex, expected.groups)
        for text in TEXTS:
            assert [m.span() + m.groups() for m in got.finditer(text)] == \
                   [m.span() + m.groups() for m in expected.finditer(text)]
    pattern_cache.save()
    warm = pattern_cache._Results(results.directory)  # another process's view: the file just written
    assert warm.get(pattern_cache._key("re", (source, int(flags)))) is not pattern_cache._MISSING


def test_remembered_results_are_read_back_by_the_next_process(results):
    calls = []

    @pattern_cache.remembered
    def shout(word: str, twice: bool = False) -> str:
        calls.append(word)
        return word.upper() * (2 if twice else 1)

    assert shout("kidal") == "KIDAL" and shout("kidal", twice=True) == "KIDALKIDAL" and shout("kidal") == "KIDAL"
    assert calls == ["kidal", "kidal"]  # keyed by every argument
    pattern_cache.save()
    assert list(results.directory.glob("patterns-*.marshal"))
    again = pattern_cache._Results(results.directory)
    key = pattern_cache._key(f"{shout.__module__}.{shout.__qualname__}", (("gao",), ()))
    assert again.get(key) is pattern_cache._MISSING  # never computed
    key = pattern_cache._key(f"{shout.__module__}.{shout.__qualname__}", (("kidal",), (("twice", True),)))
    assert again.get(key) == "KIDALKIDAL"


def test_a_corrupt_cache_file_is_ignored_and_replaced(results):
    path = results.path()
    path.write_bytes(b"\x00not marshal at all")
    assert pattern_cache.compile(r"\d+ dead").search("12 dead").group() == "12 dead"
    pattern_cache.save()
    assert pattern_cache._Results(results.directory).get(pattern_cache._key("re", (r"\d+ dead", 0))) \
        is not pattern_cache._MISSING


def test_an_unwritable_cache_directory_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be")
    monkeypatch.setattr(pattern_cache, "_RESULTS", pattern_cache._Results(blocker / "cache"))
    assert pattern_cache.compile("sh[eo]lled").search("they shelled").group() == "shelled"
    pattern_cache.save()  # no error
    assert not (blocker / "cache").exists()


def test_files_of_older_code_are_removed_but_the_newest_few(results):
    for n in range(5):
        old = results.directory / f"patterns-old{n}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    pattern_cache.compile("ambush(?:ed)?")
    pattern_cache.save()
    kept = sorted(p.name for p in results.directory.glob("patterns-*.marshal"))
    assert results.path().name in kept and len(kept) == pattern_cache._KEEP
    assert {"patterns-old4.marshal", "patterns-old3.marshal"} <= set(kept)  # the newest of the others


def test_word_lists_make_the_same_pattern_whatever_the_hash_seed():
    """Fragments of equal length keep one order (a set's order changes from process to process): a pattern made
    in one run is found in the cache by the next."""
    code = ("from fogline.extract.text import words_source;"
            "print(words_source({'attack', 'ambush', 'raid', 'shell', 'siege', 'strike'}))")
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(seen) == 1
    assert words_source(["raid", "ambush", "siege"]) == r"(?<![\w-])(?:(?:ambush)|(?:siege)|(?:raid))(?![\w])"


SCRIPT = """
import json, sys
from pathlib import Path
from fogline.extract import pattern_cache
pattern_cache._RESULTS = pattern_cache._Results(Path(sys.argv[1]))
from fogline.extract import Extractor
from fogline.records import Document
out = {}
for language, text in (("en", sys.argv[2]), ("fr", sys.argv[3])):
    ex = Extractor(language)
    out[language] = ex.extract(Document(id="t-" + language, text=text, language=language)).to_dict()
out["added"] = pattern_cache._RESULTS.added
pattern_cache.save()
print(json.dumps(out, sort_keys=True))
"""


def test_a_warm_start_builds_the_same_extractors(tmp_path):
    """Cold (nothing kept), then warm (everything kept, nothing computed): the same extractions."""
    en = ("Gunmen killed at least 12 villagers in an attack on Tadjer, a village in the Kidal region, on Monday, "
          "the army said. The rebels claimed they killed 20 soldiers.")
    fr = ("Des hommes armés ont tué au moins douze civils lundi à Ménaka, a indiqué un élu local. L'armée affirme "
          "avoir neutralisé une dizaine d'assaillants.")
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), en, fr], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        runs.append(json.loads(done.stdout))
    cold, warm = runs
    assert list(tmp_path.glob("patterns-*.marshal"))
    assert cold.pop("added") is True and warm.pop("added") is False  # the warm start computed nothing
    assert cold == warm
    assert cold["en"]["events"] and cold["fr"]["events"]
