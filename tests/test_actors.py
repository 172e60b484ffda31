import json
from collections import defaultdict

import pytest
from conftest import SHARED

from fogline.actors import KINDS, RESOURCE, ActorDictionary, is_acronym
from fogline.text import fold

RAW = json.loads(RESOURCE.read_text(encoding="utf-8"))
D = ActorDictionary.default()
LANGS = ("en", "fr")
YEARS = range(1990, 2031)
GOLD_DIRS = [SHARED / "corpus" / "dev", SHARED / "corpus" / "seed"]

# Aliases may be shared by several specific actors only inside these succession groups,
# where the active years decide (see ActorDictionary._choose).
SUCCESSION_GROUPS = [
    {"Wagner Group", "Africa Corps (Russia)"},
    {"Azawad Liberation Front (FLA)",
     "CSP-DPA: Permanent Strategic Framework for the Defence of the People of Azawad"},
    {"AMISOM: African Union Mission in Somalia", "ATMIS: African Union Transition Mission in Somalia",
     "AUSSOM: African Union Support and Stabilization Mission in Somalia"},
]


def entry_of(rec):
    if rec["name"] is not None:
        return D.by_name(rec["name"])
    return next(e for e in D.entries if e.generic and e.kind == rec["kind"] and e.name is None)


def all_aliases():
    for rec in RAW:
        for lang, names in rec["aliases"].items():
            for alias in names:
                yield rec, lang, alias


# ---------------------------------------------------------------- data shape


def test_records_have_the_documented_fields():
    for rec in RAW:
        assert {"name", "kind", "country", "home_country", "active", "aliases", "generic"} <= rec.keys(), rec
        assert rec["kind"] in KINDS, rec["name"]
        assert len(rec["active"]) == 2
        start, end = rec["active"]
        assert start is None or end is None or start <= end, rec["name"]
        assert set(rec["aliases"]) == {"en", "fr"}, rec["name"]
        assert rec["aliases"]["en"] and rec["aliases"]["fr"], rec["name"]
        if rec["generic"]:
            assert rec["name"] is None
        else:
            assert rec["name"] and rec["country"] or rec["kind"] == "other", rec["name"]
        if rec["home_country"] is not None:
            assert rec["kind"] == "foreign forces", rec["name"]


def test_kinds_are_in_the_allowed_enum():
    assert KINDS == {"state forces", "rebel group", "political militia", "identity militia", "civilians",
                     "foreign forces", "unidentified armed group", "other"}
    assert {e.kind for e in D.entries} <= KINDS


def test_canonical_names_are_unique():
    names = [r["name"] for r in RAW if r["name"] is not None]
    assert len(names) == len(set(names))
    folded = [fold(n) for n in names]
    assert len(folded) == len(set(folded))


def test_annotation_canonical_names_exist():
    for name in ["Military Forces of Mali (FAMa)", "Military Forces of Burkina Faso",
                 "Military Forces of Niger", "Military Forces of Nigeria", "Military Forces of Sudan (SAF)",
                 "Rapid Support Forces (RSF)", "Military Forces of the Democratic Republic of Congo (FARDC)",
                 "M23: March 23 Movement", "Military Forces of Russia", "Military Forces of Ukraine",
                 "Military Forces of Israel", "Hamas", "Hezbollah", "Africa Corps (Russia)", "Wagner Group",
                 "Azawad Liberation Front (FLA)",
                 "JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province",
                 "Islamic State West Africa Province (ISWAP)", "Boko Haram (JAS)", "Al Shabaab",
                 "Military Forces of Somalia", "United Nations",
                 "CSP-DPA: Permanent Strategic Framework for the Defence of the People of Azawad",
                 "Sudan Liberation Movement/Army-Minni Minnawi (SLM/A-MM)"]:
        entry = D.by_name(name)
        assert entry is not None and entry.name == name


@pytest.mark.skipif(not GOLD_DIRS[0].exists(), reason="shared corpus not available")
def test_every_gold_actor_name_is_known():
    placeholders = {"unknown", "local sources", "local officials", "residents", "the outlet", "social media",
                    "security sources"}
    names = set()
    for d in GOLD_DIRS:
        for path in list(d.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            for ev in doc["gold"]["events"]:
                names |= {a["name"] for a in ev["actors"]}
                names |= {c["claimant"] for c in ev["claims"]} | {c["of"] for c in ev["claims"]}
    for name in names - placeholders:
        if name.startswith(("Civilians (", "Unidentified Armed Group (")):
            continue
        assert D.by_name(name) is not None, name


# ---------------------------------------------------------------- aliases


def test_every_alias_resolves_to_its_entry():
    for rec, lang, alias in all_aliases():
        entry = entry_of(rec)
        bucket = D.aliases(lang)[fold(alias)]
        assert entry in bucket, (lang, alias)
        hits = [e for e in bucket if not e.generic] or bucket
        if len(hits) == 1:
            assert D.resolve(alias, lang) == entry, (lang, alias)
        else:
            assert any(D.resolve(alias, lang, y) == entry for y in YEARS), (lang, alias, rec["name"])


def test_shared_aliases_only_within_succession_groups():
    for lang in LANGS:
        for key, entries in D.aliases(lang).items():
            specific = [e for e in entries if not e.generic]
            if len(specific) < 2:
                continue
            names = {e.name for e in specific}
            assert any(names <= g for g in SUCCESSION_GROUPS), (lang, key, names)
            assert len({e.active for e in specific}) == len(specific), (lang, key)
            winners = {D.resolve(key, lang, y).name for y in YEARS}
            assert names <= winners, (lang, key)


def test_generic_aliases_never_shadow_specific_ones():
    for lang in LANGS:
        for key, entries in D.aliases(lang).items():
            assert all(e.generic for e in entries) or not any(e.generic for e in entries), (lang, key)
            assert len([e for e in entries if e.generic]) <= 1, (lang, key)


def test_specific_actors_avoid_bare_generic_words():
    generic_words = {"separatists", "jihadists", "rebels", "terrorists", "gunmen", "militants", "insurgents",
                     "fighters", "attackers", "soldiers", "troops", "the army", "civilians", "djihadistes",
                     "jihadistes", "terroristes", "rebelles", "separatistes", "assaillants", "soldats",
                     "militaires"}
    for rec, _lang, alias in all_aliases():
        if not rec["generic"]:
            assert fold(alias) not in generic_words, (rec["name"], alias)


def test_generic_entries():
    gen = {e.kind: e for e in D.entries if e.generic}
    assert {"unidentified armed group", "civilians", "state forces"} <= gen.keys()
    assert D.resolve("unidentified gunmen", "en") == gen["unidentified armed group"]
    assert D.resolve("hommes armés non identifiés", "fr") == gen["unidentified armed group"]
    assert D.resolve("GAT", "fr") == gen["unidentified armed group"]
    assert D.resolve("séparatistes", "fr") == gen["unidentified armed group"]
    assert D.resolve("villagers", "en") == gen["civilians"]
    assert D.resolve("déplacés", "fr") == gen["civilians"]
    assert D.resolve("the army", "en") == gen["state forces"]
    assert D.resolve("Islamic State", "en").generic


def test_fama_aliases_in_both_languages():
    fama = D.by_name("Military Forces of Mali (FAMa)")
    for alias in ["the Malian army", "Malian troops", "Malian soldiers", "Malian soldier",
                  "Malian armed forces", "Malian security forces", "FAMa", "Malian Armed Forces (FAMa)",
                  "Mali's army"]:
        assert D.resolve(alias, "en") == fama, alias
    for alias in ["FAMa", "Forces armées maliennes", "armée malienne", "l’armée malienne", "soldats maliens",
                  "militaires maliens", "les FAMa"]:
        assert D.resolve(alias, "fr") == fama, alias
    assert {"fama", "malian soldiers"} <= set(D.aliases("en"))
    assert {"fama", "soldats maliens", "forces armees maliennes"} <= set(D.aliases("fr"))


def test_plurals_and_singulars():
    for alias in ["Malian soldier", "Malian soldiers", "Nigerien soldier", "Nigerien soldiers",
                  "Rwandan soldier", "Rwandan soldiers"]:
        assert D.resolve(alias, "en") is not None and not D.resolve(alias, "en").generic, alias


# ---------------------------------------------------------------- resolve


def test_afrika_korps_2025():
    assert D.resolve("Afrika Korps", "en", 2025).name == "Africa Corps (Russia)"


def test_curly_apostrophe():
    e = D.resolve("Front de libération de l’Azawad", "fr")
    assert e is not None and e.name == "Azawad Liberation Front (FLA)"
    assert D.resolve("le Front de Libération de l’Azawad (FLA)", "fr").name == "Azawad Liberation Front (FLA)"


def test_fuzzy_jnim():
    query = "Jamaat Nusrat al Islam wal Muslimin"
    assert fold(query) not in D.aliases("en")  # really exercises the fuzzy path
    assert D.resolve(query, "en").name == "JNIM: Group for Support of Islam and Muslims"


def test_acronyms_are_never_fuzzy_matched():
    assert D.resolve("JNIMS", "en") is None
    assert D.resolve("MINUSMAS", "en") is None
    assert D.resolve("FAMA", "en") is not None  # exact (folded) lookup still works
    assert is_acronym("FAMa") and is_acronym("CSP-DPA") and is_acronym("U.N.") and is_acronym("FAN")
    assert not is_acronym("Wagner") and not is_acronym("Hamas") and not is_acronym("Malian army")
    assert "FAN" in D.acronyms("en") and "IS" in D.acronyms("en") and "EI" in D.acronyms("fr")


def test_fuzzy_does_not_match_generic_or_unrelated_text():
    assert D.resolve("the weather forecast", "en") is None
    assert D.resolve("villagerz", "en") is None  # generic aliases are exact-only


def test_russian_mercenaries_follow_the_wagner_to_africa_corps_handover():
    assert D.resolve("Russian mercenaries", "en", 2023).name == "Wagner Group"
    assert D.resolve("Russian mercenaries", "en", 2024).name == "Wagner Group"
    assert D.resolve("Russian mercenaries", "en", 2025).name == "Africa Corps (Russia)"
    assert D.resolve("mercenaires russes", "fr", 2026).name == "Africa Corps (Russia)"
    assert D.resolve("Russian mercenaries", "en").name == "Africa Corps (Russia)"  # no year: the current one
    assert D.resolve("Wagner", "en", 2025).name == "Wagner Group"  # explicit names are kept


def test_azawad_descriptors_follow_the_csp_to_fla_merger():
    csp = "CSP-DPA: Permanent Strategic Framework for the Defence of the People of Azawad"
    assert D.resolve("Azawad separatists", "en", 2024).name == csp
    assert D.resolve("Azawad separatists", "en", 2025).name == "Azawad Liberation Front (FLA)"
    assert D.resolve("rebelles touareg", "fr", 2023).name == csp
    assert D.resolve("CMA", "fr", 2022).name == "CMA: Coordination of Azawad Movements"
    assert D.resolve("CMA", "en", 2025).name == "Azawad Liberation Front (FLA)"  # successor
    assert D.resolve("CSP", "fr", 2025).name == "Azawad Liberation Front (FLA)"
    assert D.resolve("ATMIS", "en", 2025).name.startswith("AUSSOM")
    assert D.resolve("AMISOM", "en", 2026).name.startswith("AUSSOM")  # successor chain


def test_wrapping_quotes_and_determiners_are_ignored():
    assert D.resolve("« un groupe armé terroriste »", "fr").kind == "unidentified armed group"
    assert D.resolve("the ‘Southern’ group of troops", "en").name == "Military Forces of Russia"
    assert D.resolve("56 civilians", "en").kind == "civilians"
    assert D.resolve("theatre", "en") is None


def test_cross_language_exact_fallback():
    assert D.resolve("Wagner Group", "fr").name == "Wagner Group"
    assert D.resolve("Forces armées maliennes", "en").name == "Military Forces of Mali (FAMa)"
    assert D.resolve("civils", "en") is None  # generic descriptors stay in their language


def test_selected_aliases():
    cases = [
        ("Russian defense ministry", "en", "Military Forces of Russia"),
        ("units of the ‘Southern’ group of troops"[9:], "en", "Military Forces of Russia"),
        ("ZSU", "en", "Military Forces of Ukraine"),
        ("the SAF", "en", "Military Forces of Sudan (SAF)"),
        ("paramilitary RSF", "en", "Rapid Support Forces (RSF)"),
        ("Forces de soutien rapide", "fr", "Rapid Support Forces (RSF)"),
        ("army-aligned faction led by Darfur Governor Minni Minnawi", "en",
         "Sudan Liberation Movement/Army-Minni Minnawi (SLM/A-MM)"),
        ("AFC/M23", "en", "M23: March 23 Movement"),
        ("ISCAP", "en", "ADF: Allied Democratic Forces"),
        ("shebab", "fr", "Al Shabaab"),
        ("Harakat al-Shabaab al-Mujahideen", "en", "Al Shabaab"),
        ("EIGS", "fr", "Islamic State Sahel Province"),
        ("État islamique au Sahel", "fr", "Islamic State Sahel Province"),
        ("Volontaires pour la défense de la patrie", "fr", "VDP: Volunteers for the Defense of the Homeland"),
        ("Forces armées nigériennes", "fr", "Military Forces of Niger"),
        ("Tatmadaw", "en", "Military Forces of Myanmar"),
        ("Ansar Allah", "en", "Houthi Movement (Ansar Allah)"),
        ("al-Qaeda affiliate", "en", "JNIM: Group for Support of Islam and Muslims"),
        ("le GSIM", "fr", "JNIM: Group for Support of Islam and Muslims"),
        ("ONU", "fr", "United Nations"),
        ("les musiciens", "fr", "Wagner Group"),
    ]
    for text, lang, name in cases:
        hit = D.resolve(text, lang, 2025)
        assert hit is not None and hit.name == name, (text, hit)


def test_by_name_accepts_gold_variants():
    csp = "CSP-DPA: Permanent Strategic Framework for the Defence of the People of Azawad"
    variant = "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"
    assert D.by_name(variant).name == csp
    assert D.by_name("Military Forces of Mali").name == "Military Forces of Mali (FAMa)"
    assert D.by_name("Azawad Liberation Front").name == "Azawad Liberation Front (FLA)"
    assert D.by_name("No Such Group") is None


def test_entry_fields():
    ac = D.by_name("Africa Corps (Russia)")
    assert (ac.kind, ac.country, ac.home_country, ac.active, ac.generic) == (
        "foreign forces", "Mali", "Russia", (2024, None), False)
    assert D.by_name("Wagner Group").active[1] == 2025
    assert D.by_name("United Nations").kind == "other"


def test_generic_names():
    assert ActorDictionary.civilians("Mali") == "Civilians (Mali)"
    assert ActorDictionary.unidentified("Mali") == "Unidentified Armed Group (Mali)"
    assert D.civilians("Sudan") == "Civilians (Sudan)"


# ---------------------------------------------------------------- folding, caching, extension


def test_fold():
    assert fold("  Front de libération\u00a0de l’Azawad ") == "front de liberation de l'azawad"
    assert fold("“Southern” group") == "'southern' group"
    assert fold("Jama‘at Nuṣrat al‑Islam") == "jama'at nusrat al-islam"
    assert fold("FAMa", lower=False) == "FAMa"
    assert fold("Armée Burkinabè") == "armee burkinabe"


def test_default_and_aliases_are_cached():
    assert ActorDictionary.default() is ActorDictionary.default()
    assert D.aliases("en") is D.aliases("en")
    assert D.aliases("xx") == {}


def test_extra_files_from_env(tmp_path, monkeypatch):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps([
        {"name": "Military Forces of Mali (FAMa)", "aliases": {"en": ["Malian gendarmes"]}},
        {"name": "Katiba Macina", "kind": "rebel group", "country": "Mali", "home_country": None,
         "active": [2015, None], "generic": False,
         "aliases": {"en": ["Katiba Macina"], "fr": ["katiba Macina"]}},
    ]), encoding="utf-8")
    monkeypatch.setenv("FOGLINE_ACTORS", str(extra))
    d = ActorDictionary.default()
    assert d is not D
    assert d.resolve("Malian gendarmes", "en").name == "Military Forces of Mali (FAMa)"
    assert d.resolve("Malian troops", "en").name == "Military Forces of Mali (FAMa)"  # packaged aliases kept
    assert d.resolve("la katiba Macina", "fr").name == "Katiba Macina"
    assert D.resolve("Malian gendarmes", "en") is None


def test_invalid_kind_is_rejected():
    with pytest.raises(ValueError):
        ActorDictionary.from_records([{"name": "X", "kind": "jihadist group", "aliases": {"en": ["X"]}}])
    with pytest.raises(ValueError):
        ActorDictionary.from_records([{"name": None, "kind": "other", "generic": False, "aliases": {}}])


def test_alias_counts_are_substantial():
    per_lang = defaultdict(int)
    for _rec, lang, _alias in all_aliases():
        per_lang[lang] += 1
    assert per_lang["en"] > 1000 and per_lang["fr"] > 600
