"""Gazetteer tests. They share the real on-disk index (built once per machine, ~10 s) because a
fresh build per test session would dominate the suite's run time."""

import csv
import os
import threading
import time

import pytest

from fogline.gazetteer import ADMIN1_CSV, SUPPLEMENT_CSV, Gazetteer, PlaceEntry, fold
from fogline.gazetteer.index import NO_REGION


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Aguel-Hoc", "aguelhoc"),
        ("Léré", "lere"),
        ("  Tin Zaouatène ", "tinzaouatene"),
        ("N'Djamena", "ndjamena"),
        ("Ségou", "segou"),
        ("St. Petersburg", "stpetersburg"),
        ("Ørsta", "orsta"),
        ("Dar‘ā", "dara"),
        ("", ""),
    ],
)
def test_fold(raw, key):
    assert fold(raw) == key


def test_lookup_kidal(gaz):
    first = gaz.lookup("Kidal")[0]
    assert isinstance(first, PlaceEntry)
    assert (first.country_code, first.country, first.iso3, first.admin1) == ("ML", "Mali", "MLI", "Kidal")
    assert first.kind == "city" and first.geonames_id == 2455290


def test_lookup_gao_prefers_mali_over_airport_code_and_burkina(gaz):
    hits = gaz.lookup("Gao")
    assert (hits[0].country_code, hits[0].admin1) == ("ML", "Gao")
    assert any(h.country_code == "BF" for h in hits)
    assert all(h.country_code != "CU" for h in hits)  # 'GAO' is Guantánamo's airport code


@pytest.mark.parametrize("spelling", ["Anefis", "Anéfif", "Anefif", "ANÉFIS"])
def test_lookup_supplement_anefis(gaz, spelling):
    first = gaz.lookup(spelling)[0]
    assert (first.name, first.country_code, first.admin1) == ("Anefis", "ML", "Kidal")
    assert first.kind == "supplement"
    assert 17.5 < first.latitude < 18.5 and 0 < first.longitude < 1.2


@pytest.mark.parametrize("spelling", ["Aguelhok", "Aguelhoc", "Aguel-hoc", "Agelhok"])
def test_supplement_merges_geonames_city(gaz, spelling):
    hits = gaz.lookup(spelling)
    assert len(hits) == 1  # the GeoNames city is absorbed, not duplicated
    assert (hits[0].name, hits[0].admin1, hits[0].geonames_id) == ("Aguelhok", "Kidal", 2461247)
    assert hits[0].population > 0


@pytest.mark.parametrize(
    ("spelling", "name", "cc", "admin1"),
    [
        ("Tinzaouatène", "Tinzaouaten", "ML", "Kidal"),
        ("Tin-Zaouaten", "Tinzaouaten", "ML", "Kidal"),
        ("Anomalan", "Anoumalane", "ML", "Kidal"),
        ("Tombouctou", "Timbuktu", "ML", "Timbuktu"),
        ("Diboli", "Diboli", "ML", "Kayes"),
        ("Zam Zam", "Zamzam camp", "SD", "North Darfur"),
        ("Um Kadadah", "Um Kadadah", "SD", "North Darfur"),
        ("el-Fasher", "El Fasher", "SD", "North Darfur"),
        ("Pobeda", "Pobeda", "UA", "Donetsk"),
        ("Sloviansk", "Sloviansk", "UA", "Donetsk"),
        ("Djibo", "Djibo", "BF", "Sahel"),
        ("Bunia", "Bunia", "CD", "Ituri"),
        ("Palma", "Palma", "MZ", "Cabo Delgado"),
    ],
)
def test_lookup_conflict_places(gaz, spelling, name, cc, admin1):
    first = gaz.lookup(spelling)[0]
    assert (first.name, first.country_code, first.admin1) == (name, cc, admin1)


def test_lookup_ranks_main_name_before_alternate(gaz):
    # Tolyatti (pop. 700k) was once called Stavropol; the current Stavropol must come first.
    assert gaz.lookup("Stavropol")[0].admin1 == "Stavropol"


def test_lookup_nonsense(gaz):
    assert gaz.lookup("Xqzzyvorbl") == []
    assert gaz.lookup("--") == []


def test_admin1(gaz):
    (kidal,) = gaz.admin1("Kidal", "ML")
    assert (kidal.kind, kidal.admin1, kidal.iso3) == ("admin1", "Kidal", "MLI")
    (darfur,) = gaz.admin1("North Darfur", "SD")
    assert darfur.name == "North Darfur" and 12 < darfur.latitude < 17
    assert gaz.admin1("Darfour-Nord") == [darfur]
    assert gaz.admin1("Kidal region") == [kidal]
    assert gaz.admin1("région de Tombouctou", "ML")[0].name == "Timbuktu"
    assert gaz.admin1("Kidal", "NE") == []


def test_admin1_region_words_come_from_every_language_file(gaz):
    """The words around a region's name are each language's ``region_before`` / ``region_after``: Spanish's
    'estado de' works although no Python names it, as do English's 'State' and French's 'province de'."""
    (borno,) = gaz.admin1("Borno", "NG")
    assert gaz.admin1("estado de Borno", "NG") == [borno]
    assert gaz.admin1("Borno State", "NG") == [borno]
    assert gaz.admin1("province de Borno", "NG") == [borno]
    assert gaz.admin1("Borno Stadium", "NG") == []


def test_admin1_derived_from_pycountry(gaz):
    # Not curated: Yemen's governorates come from pycountry names matched to their capitals.
    assert gaz.lookup("Sanaa")[0].country_code == "YE"
    assert gaz.admin1("Ibb", "YE")


def test_country(gaz):
    mali = gaz.country("Mali")
    assert (mali.iso3, mali.kind, mali.country_code) == ("MLI", "country", "ML")
    assert gaz.country("Burkina Faso").iso3 == "BFA"
    for name in ("DRC", "Democratic Republic of the Congo", "RDC", "COD", "CD"):
        assert gaz.country(name).name == "Democratic Republic of Congo"
    assert gaz.country("Tchad").iso3 == "TCD"
    assert gaz.country("Ukraine").latitude == pytest.approx(50.45, abs=0.1)  # capital's coordinates
    assert gaz.country("in") is None  # lower-case words are not ISO codes
    assert gaz.country("Atlantis") is None


def test_fuzzy(gaz):
    hits = gaz.fuzzy("Tinzaouatenne", "ML")
    assert hits[0].name == "Tinzaouaten"
    assert gaz.fuzzy("Tinzaouatenne") == []  # country required
    assert gaz.fuzzy("Qwxzrtplk", "ML") == []


def test_nearest_admin1(gaz):
    assert gaz.nearest_admin1(18.0, 0.6, "ML") == "Kidal"
    assert gaz.nearest_admin1(48.0, 37.8, "UA") == "Donetsk"


def test_second_open_is_fast(gaz):
    start = time.perf_counter()
    other = Gazetteer(gaz.path)
    assert time.perf_counter() - start < 0.5
    assert other.lookup("Kidal")[0] == gaz.lookup("Kidal")[0]


def test_threaded_reads(gaz):
    results, errors = [], []

    def work():
        try:
            results.append([gaz.lookup("Gao")[0].admin1 for _ in range(200)])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and all(set(r) == {"Gao"} for r in results)


def test_supplement_rows_are_consistent(gaz):
    """Curated admin1 names exist, and each place's coordinates sit nearest to cities of that admin1."""
    with ADMIN1_CSV.open(encoding="utf-8") as fh:
        regions = {(r["country_code"], r["name"]) for r in csv.DictReader(fh)}
    with SUPPLEMENT_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 40
    from fogline.gazetteer import SPLIT_CSV

    with SPLIT_CSV.open(encoding="utf-8") as fh:  # regions carved out of a curated one (Mali 2023)
        carved = {(r["country_code"], r["name"]): r["parent"] for r in csv.DictReader(fh)}
    for r in rows:
        cc, lat, lon = r["country_code"], float(r["latitude"]), float(r["longitude"])
        if r["admin1"] == NO_REGION:  # a sea or a gulf: in no region, only found by its name
            assert gaz.lookup(r["name"])[0].admin1 is None, r["name"]
            continue
        assert (cc, r["admin1"]) in regions, r["name"]
        near = gaz.nearest_admin1(lat, lon, cc)
        assert r["admin1"] in (near, carved.get((cc, near))), r["name"]
        assert gaz.lookup(r["name"])[0].kind == "supplement", r["name"]


def test_import_a_geonames_dump_and_a_supplement(tmp_path, monkeypatch, capsys):
    """A small country dump written for this test: an invented village becomes findable."""
    from fogline.cli import main

    monkeypatch.setenv("FOGLINE_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("FOGLINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(Gazetteer, "_default", None)
    dump = tmp_path / "ML.txt"
    rows = [
        ["9900001", "Tinfogline", "Tinfogline", "Tin Fogline,Tinfoglin", "19.5", "1.25", "P", "PPL", "ML", "",
         "10", "", "", "", "350", "", "400", "Africa/Bamako", "2025-01-01"],
        ["9900002", "Oued Fogline", "Oued Fogline", "", "19.6", "1.3", "H", "WAD", "ML", "", "10", "", "", "", "0",
         "", "380", "Africa/Bamako", "2025-01-01"],
    ]
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    supp = tmp_path / "extra.csv"
    supp.write_text("name,aliases,country_code,admin1,latitude,longitude,geonames_id,note\n"
                    "Camp Foglinea,Foglinea camp,ML,Gao,16.5,0.5,,invented for a test\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(dump), str(supp)]) == 0
    gaz = Gazetteer.default()
    village = gaz.lookup("Tin Fogline")[0]
    assert (village.name, village.country_code, village.admin1) == ("Tinfogline", "ML", "Kidal")
    assert gaz.lookup("Oued Fogline") == []  # a wadi (class H) is not kept by default
    assert gaz.lookup("Foglinea camp")[0].kind == "supplement"
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(bad)]) == 1
    assert "bad.txt:1" in capsys.readouterr().err


def test_mali_2023_regions_with_old_names_kept_for_the_rest():
    gaz = Gazetteer.default()
    assert gaz.lookup("Hombori")[0].admin1 == "Douentza"  # carved out of Mopti in 2023
    assert gaz.lookup("Mopti")[0].admin1 == "Mopti"
    assert gaz.admin1("Douentza region", "ML")[0].name == "Douentza"
    assert gaz.lookup("Kidal")[0].admin1 == "Kidal"


# ------------------------------------------------------------------ the build reads cities one record at a time

def _cities_file(tmp_path, n: int):
    import json
    records = {str(100 + i): {"geonameid": 100 + i, "name": f"Town {i} }}, \"odd\"", "latitude": 1.5 + i,
                              "longitude": -2.0, "countrycode": "ML", "population": 10 * i, "timezone": "x",
                              "admin1code": "08", "alternatenames": [f"Alt{i}", "GAO", f"Alt{i}"]}
               for i in range(n)}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_cities_are_read_across_chunk_boundaries(tmp_path, monkeypatch, chunk):
    from fogline.gazetteer import index
    monkeypatch.setattr(index, "_CHUNK", chunk)
    cities = index._read_cities(_cities_file(tmp_path, 25))
    assert [c.geonameid for c in cities] == list(range(100, 125))
    assert cities[3]["name"] == 'Town 3 }, "odd"' and cities[3]["population"] == 30
    assert cities[3].alternatenames == ("alt3",)  # index keys, once each, no airport codes


def test_a_cut_cities_file_is_refused_by_name(tmp_path):
    from fogline.gazetteer import index
    path = _cities_file(tmp_path, 3)
    path.write_text(path.read_text("utf-8")[:-40], encoding="utf-8")
    with pytest.raises(ValueError, match=r"cities\.json: not a cities file"):
        index._read_cities(path)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmHWM from /proc (Linux)")
def test_building_the_default_index_stays_under_400_mb(tmp_path):
    """Issue 14: memory with the default gazetteer <= 400 MB peak RSS, its first-use build included (~40 s)."""
    import subprocess
    import sys
    # the peak of this process's own memory (VmHWM): ru_maxrss would carry over the test runner's size, which
    # Linux keeps across fork and exec
    code = ("import sys; from pathlib import Path; from fogline.gazetteer import build_index; "
            "build_index(Path(sys.argv[1])); "
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "g.sqlite")], check=True,
                         capture_output=True, text=True).stdout
    peak_mb = int(out.split()[-1]) / 1024  # kB on Linux
    assert (tmp_path / "g.sqlite").stat().st_size > 10_000_000
    assert peak_mb <= 400, f"index build peaked at {peak_mb:.0f} MB"
