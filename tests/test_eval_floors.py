"""CI guard: accuracy on the real dev reports must not fall below the floors in eval_floors.json."""

import json

import pytest
from conftest import ROOT, SHARED, needs_shared

from fogline.evaluate import evaluate, load_gold

FLOORS = json.loads((ROOT / "eval_floors.json").read_text())


def _evaluate(*names: str) -> dict:
    docs, problems = load_gold([str(SHARED / "corpus" / n) for n in names])
    assert docs and not problems
    return evaluate(docs)[0]


@pytest.fixture(scope="module")
def report():
    return _evaluate("dev", "seed")


@pytest.fixture(scope="module")
def check_report():
    """check/: reports no rule was written from; only its scores are read."""
    return _evaluate("check")


def _metrics(r: dict) -> dict:
    return {"events_f1": r["events"]["f1"], "event_type": r["fields"]["event_type"]["accuracy"],
            "date": r["fields"]["date"]["accuracy"], "admin1": r["fields"]["admin1"]["accuracy"],
            "location": r["fields"]["location"]["accuracy"], "actors_f1": r["actors"]["f1"],
            "claims_core_f1": r["claims_core"]["f1"], "claims_full_f1": r["claims_full"]["f1"]}


@needs_shared
@pytest.mark.parametrize("scope", ["overall", "en", "fr"])
def test_scores_hold_their_floors(report, scope):
    got = _metrics(report["overall"] if scope == "overall" else report["by_language"][scope])
    low = {m: (got[m], floor) for m, floor in FLOORS[scope].items() if (got[m] or 0) < floor}
    assert not low, f"{scope}: below floor (got, floor): {low}"


@needs_shared
@pytest.mark.parametrize("scope", ["overall", "en", "fr"])
def test_check_scores_hold_their_floors(check_report, scope):
    got = _metrics(check_report["overall"] if scope == "overall" else check_report["by_language"][scope])
    low = {m: (got[m], floor) for m, floor in FLOORS[f"check_{scope}"].items() if (got[m] or 0) < floor}
    assert not low, f"check {scope}: below floor (got, floor): {low}"


@needs_shared
def test_no_events_on_background_only_reports(report):
    assert report["overall"]["events_on_background_only_docs"] <= FLOORS["max_events_on_background_only_docs"]


@needs_shared
def test_fusion_links_reports_of_one_incident():
    from fogline.evaluate_fusion import evaluate_fusion

    pairs = evaluate_fusion([str(SHARED / "corpus" / "dev")])["pairs"]
    assert pairs["p"] >= FLOORS["fusion_pairs"]["p"] and pairs["r"] >= FLOORS["fusion_pairs"]["r"], pairs


# the held-out reports written for Fogline, always present: bench/gold (session 5, since studied for errors) and
# bench/fresh (session 14, for measuring only)
OWN_SETS = {"own": "gold", "fresh": "fresh"}


@pytest.mark.parametrize("prefix", sorted(OWN_SETS))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_own_held_out_reports_hold_their_floors(prefix, language):
    docs, problems = load_gold([str(ROOT / "bench" / OWN_SETS[prefix] / language)])
    assert docs and not problems
    got = _metrics(evaluate(docs)[0]["overall"])
    floors = FLOORS[f"{prefix}_{language}"]
    low = {m: (got[m], floor) for m, floor in floors.items() if (got[m] or 0) < floor}
    assert not low, f"{prefix} {language}: below floor (got, floor): {low}"
