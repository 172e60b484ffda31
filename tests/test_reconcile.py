"""Credibility rules on texts and claims written for these tests (see docs/claims.md)."""

from conftest import doc

from fogline.pipeline import extract_document as extract
from fogline.reconcile import reconcile_event
from fogline.records import Actor, Claim, Event, Evidence, Place

FLA, FAMA, AC = "Azawad Liberation Front (FLA)", "Military Forces of Mali (FAMa)", "Africa Corps (Russia)"


def ev(text="x"):
    return Evidence(0, len(text), text)


def event(*claims, actors=None):
    for n, c in enumerate(claims, 1):
        c.id = f"c{n}"
    e = Event("e", "Battles", "Armed clash", "2025-06-13", "day", Place(country="Mali"),
              actors=actors or [Actor(FLA, "rebel group", "A"), Actor(FAMA, "state forces", "B"),
                                Actor(AC, "foreign forces", "B")],
              claims=list(claims))
    reconcile_event(e)
    return e


def est(e, key):
    x = e.estimates[key]
    return x.low, x.best, x.high


def test_own_loss_admission_is_the_best_figure_for_that_party():
    e = event(Claim("killed", FLA, 3, 3, FLA, "confirmed", ev()), Claim("killed", FLA, 10, 10, FAMA, "claimed", ev()))
    assert est(e, f"killed|{FLA}") == (3, 3, 10)
    assert "own losses" in e.estimates[f"killed|{FLA}"].why and "c1" in e.estimates[f"killed|{FLA}"].why


def test_independent_source_ranks_above_a_party():
    e = event(Claim("killed", AC, 3, None, "local sources", "reported", ev("several"), vague=True),
              Claim("killed", AC, 12, None, FLA, "claimed", ev("dozens"), vague=True))
    assert est(e, f"killed|{AC}") == (3, 3, None)  # vague words are open lower bounds


def test_denial_is_a_contradiction_not_a_figure():
    e = event(Claim("killed", AC, 12, None, FLA, "claimed", ev(), vague=True),
              Claim("killed", AC, None, None, "Military Forces of Russia", "denied", ev()))
    assert est(e, f"killed|{AC}") == (12, 12, None)
    assert [c["kind"] for c in e.contradictions] == ["denial"]
    assert e.grade == "contested"


def test_a_figure_both_sides_give_is_confirmed():
    e = event(Claim("killed", FLA, 4, 4, FAMA, "claimed", ev()), Claim("killed", FLA, 4, 4, FLA, "claimed", ev()))
    assert {c.status for c in e.claims} == {"confirmed"}
    assert e.contradictions == [] and e.grade == "confirmed"


def test_only_the_same_figure_from_the_other_side_confirms():
    """Among several figures, each is confirmed only by the other side giving the same (what, of, number): a
    figure the other side could not verify is confirmed when a claim after it matches it, a third party's
    and one side's own repeated figure confirm nothing."""
    e = event(Claim("killed", FLA, 4, 4, FAMA, "unverified", ev()),
              Claim("killed", FLA, 4, 4, FLA, "claimed", ev()),
              Claim("killed", FLA, 4, 5, AC, "claimed", ev()),
              Claim("wounded", FLA, 4, 4, FAMA, "claimed", ev()),
              Claim("killed", FAMA, 7, 7, FAMA, "claimed", ev()),
              Claim("killed", FAMA, 7, 7, AC, "claimed", ev()),
              Claim("killed", FAMA, 2, 2, "residents", "reported", ev()),
              Claim("killed", FAMA, 2, 2, FLA, "claimed", ev()))
    assert [c.status for c in e.claims] == ["confirmed", "confirmed", "claimed", "claimed", "claimed", "claimed",
                                            "reported", "claimed"]


def test_two_independent_sources_agreeing():
    e = event(Claim("killed", "Civilians (Mali)", 20, None, "residents", "reported", ev()),
              Claim("killed", "Civilians (Mali)", 20, 20, "local sources", "reported", ev()),
              actors=[Actor(FAMA, "state forces", "A"), Actor("Civilians (Mali)", "civilians", "B")])
    assert e.grade == "confirmed" and e.contradictions == []
    assert e.fatalities == 20
    assert est(e, "deaths_civilians")[1] == 20


def test_numbers_apart_are_contradictions_overlapping_ranges_are_not():
    e = event(Claim("killed", FLA, 3, 3, FLA, "confirmed", ev()), Claim("killed", FLA, 10, 10, FAMA, "claimed", ev()))
    assert e.contradictions[0]["kind"] == "numeric" and set(e.contradictions[0]["claims"]) == {"c1", "c2"}
    e = event(Claim("killed", FLA, 3, None, "local sources", "reported", ev(), vague=True),
              Claim("killed", FLA, 10, 10, FAMA, "claimed", ev()))
    assert e.contradictions == []


def test_unverified_only_is_discounted():
    e = event(Claim("killed", AC, 50, 50, FLA, "unverified", ev()))
    assert e.grade == "discounted"


def test_conservative_fatalities_and_sides():
    e = event(Claim("killed", FLA, 3, 3, FLA, "confirmed", ev()), Claim("killed", AC, 3, None, "local sources",
              "reported", ev(), vague=True), Claim("killed", "unknown", 15, 15, FLA, "claimed", ev()))
    assert e.fatalities == 6  # a party's unattributed toll does not raise the conservative count
    assert est(e, "deaths_a") == (3, 3, 3) and est(e, "deaths_b") == (3, 3, None)


def test_an_enemy_count_beside_an_independent_toll_does_not_set_the_fatalities():
    # the attacker's claim of the soldiers it killed, an independent toll of the dead: the toll stands for them
    e = event(Claim("killed", FAMA, 45, 45, FLA, "claimed", ev()),
              Claim("killed", "unknown", 19, None, "local sources", "reported", ev()),
              Claim("killed", "unknown", 11, 11, FAMA, "claimed", ev()))
    assert e.fatalities == 19
    # the side's own admission is no enemy count: it is kept beside the toll
    e = event(Claim("killed", FAMA, 5, 5, FAMA, "confirmed", ev()), Claim("killed", FAMA, 20, 20, FLA, "claimed", ev()),
              Claim("killed", "unknown", 8, 8, "hospital sources", "reported", ev()))
    assert e.fatalities == 8
    # without an independent toll, each side's count adds up as before
    e = event(Claim("killed", FLA, 30, 30, FAMA, "claimed", ev()),
              Claim("killed", "Civilians (Mali)", 12, 12, "residents", "reported", ev()))
    assert e.fatalities == 42


def test_crash_against_emergency_landing_from_text():
    text = ("Residents said an army helicopter crashed near Gao on Friday. The army said the helicopter made an "
            "emergency landing after a technical problem and that the crew were safe.")
    ex = extract(doc(text))
    e = ex.events[0]
    assert any(c["kind"] == "descriptive" for c in e.contradictions)


def test_opposed_accounts_are_found_among_many_texts_that_name_neither():
    """Only the texts naming an account take part (one search tells which): the pair is found whatever the
    texts around it, in claims or in the event's own evidence, and no text naming neither adds itself."""
    plain = [Claim("killed", FAMA, k, k, FLA, "claimed", ev(f"the fighters said they killed {k} soldiers"))
             for k in (2, 3, 4)]
    e = event(*plain[:2], Claim("killed", "unknown", 2, 2, "residents", "reported", ev("the drone crashed at dawn")),
              plain[2])
    e.evidence = [ev("officials spoke of a forced landing"), ev("a quiet morning")]
    reconcile_event(e)
    found = [c for c in e.contradictions if c["kind"] == "descriptive"]
    assert [c["about"] for c in found] == ["crash vs emergency landing"]
    assert found[0]["claims"] == ["c3"]  # the evidence text is no claim; the plain claims are not named
    e.evidence = [ev("a quiet morning")]
    reconcile_event(e)
    assert not [c for c in e.contradictions if c["kind"] == "descriptive"]
    f = event(*[Claim("killed", FAMA, k, k, FLA, "claimed", ev("les rebelles disent l'avoir abattu")) for k in (1,)],
              Claim("killed", "unknown", 1, 1, "residents", "reported", ev("an emergency landing, said the army")))
    assert [c["claims"] for c in f.contradictions if c["kind"] == "descriptive"] == [["c1", "c2"]]
