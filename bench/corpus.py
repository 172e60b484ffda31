"""Benchmark corpora.

- ``generate``: a synthetic corpus of ~500-word reports from templates written for Fogline (varied actors,
  places, numbers, weekdays), so speed is measured on text the tokenizers have not all cached.
- ``real``: the real reports of ``../shared/corpus/dev`` repeated to N, each copy with its own id and URL. The
  templates hide what real pages cost (long names the gazetteer does not know, many countries, several events per
  report that fusion must join), so both are timed. Only ``text`` and the page metadata are read, never the gold.
"""

from __future__ import annotations

import json
import random
import subprocess
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLACES = [("Kidal", "Mali"), ("Gao", "Mali"), ("Ménaka", "Mali"), ("Tessalit", "Mali"), ("Anefis", "Mali"),
          ("Hombori", "Mali"), ("Boulkessi", "Mali"), ("Léré", "Mali"), ("Djibo", "Burkina Faso"),
          ("Diapaga", "Burkina Faso"), ("Barsalogho", "Burkina Faso"), ("Ouallam", "Niger"),
          ("Tillabéri", "Niger"), ("Gwoza", "Nigeria"), ("Maiduguri", "Nigeria"), ("El Fasher", "Sudan"),
          ("Omdurman", "Sudan"), ("Bunia", "Democratic Republic of Congo"), ("Goma", "Democratic Republic of Congo")]
ARMIES = {"Mali": "the Malian army", "Burkina Faso": "Burkinabe soldiers", "Niger": "the Nigerien army",
          "Nigeria": "Nigerian troops", "Sudan": "the Sudanese army", "Democratic Republic of Congo": "the FARDC"}
GROUPS = {"Mali": ["the FLA", "JNIM", "Islamic State Sahel Province"], "Burkina Faso": ["JNIM", "Ansaroul Islam"],
          "Niger": ["Islamic State Sahel Province", "JNIM"], "Nigeria": ["ISWAP", "Boko Haram"],
          "Sudan": ["the RSF"], "Democratic Republic of Congo": ["M23", "the ADF"]}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VAGUE = ["dozens of", "several", "at least {n}", "more than {n}", "around {n}", "{n}", "{w}"]
WORDS = ["three", "four", "five", "seven", "nine", "eleven", "twelve", "fifteen", "twenty"]

NEWS = [
    "Fighters from {group} ambushed a convoy of {army} near {place} on {day}, killing {q} soldiers, "
    "local sources said. The attackers used motorbikes and pickup trucks and set several vehicles on fire.",
    "In a statement released on {day2}, {group} claimed that its fighters had killed {q} soldiers and seized "
    "{n2} vehicles during the attack. The claim could not be independently verified.",
    "{army_cap} said it had repelled the assault and that {n3} assailants were neutralised, adding that {n4} "
    "of its own men had died and {n5} others were wounded in the fighting.",
    "Residents of {place} said the shooting lasted for several hours and that many families fled towards "
    "the regional capital after the attack. A local official said {n6} civilians were among the dead.",
    "A drone strike on a market outside {place2} on {day} killed at least {n7} people, according to a "
    "local councillor, who said the wounded were taken to the district hospital.",
    "Gunmen abducted {n8} passengers from a bus travelling between {place} and {place2}, a transport "
    "union official told reporters. Their whereabouts remain unknown.",
]
BACKGROUND = [
    "The region has been hit by violence for more than a decade, since an uprising in 2012 opened the way "
    "for armed groups to spread across the Sahel.",
    "A peace agreement signed in 2015 was meant to integrate former rebels into the national army, but it "
    "has since collapsed and fighting resumed in 2023.",
    "Analysts say the armed forces have struggled to hold remote outposts, and that supply convoys on "
    "desert roads are particularly exposed to ambushes and roadside bombs.",
    "Humanitarian organisations have warned that hundreds of thousands of people have been displaced in "
    "the area over the past years, and that food prices have risen sharply.",
    "The government has repeatedly promised to restore state authority in the north, and has turned to "
    "new foreign partners for equipment, training and air support.",
]


ARMIES_FR = {"Mali": "l'armée malienne", "Burkina Faso": "les soldats burkinabè", "Niger": "l'armée nigérienne",
             "Nigeria": "l'armée nigériane", "Sudan": "l'armée soudanaise",
             "Democratic Republic of Congo": "les FARDC"}
GROUPS_FR = {"Mali": ["le FLA", "le GSIM", "l'État islamique au Sahel"], "Burkina Faso": ["le GSIM", "Ansaroul Islam"],
             "Niger": ["l'État islamique au Sahel", "le GSIM"], "Nigeria": ["l'ISWAP", "Boko Haram"],
             "Sudan": ["les FSR"], "Democratic Republic of Congo": ["le M23", "les ADF"]}
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
VAGUE_FR = ["des dizaines de", "plusieurs", "au moins {n}", "plus de {n}", "environ {n}", "{n}", "une vingtaine de"]
NEWS_FR = [
    "Des combattants de {group} ont tendu une embuscade à un convoi de {army} près de {place} {day}, tuant {q} "
    "soldats, selon des sources locales. Les assaillants circulaient à moto et en pick-up et ont incendié "
    "plusieurs véhicules.",
    "Dans un communiqué publié {day2}, {group} a affirmé que ses combattants avaient tué {q} soldats et saisi "
    "{n2} véhicules lors de l'attaque. Cette revendication n'a pas pu être vérifiée de source indépendante.",
    "{army_cap} a indiqué avoir repoussé l'assaut et neutralisé {n3} assaillants, ajoutant que {n4} de ses "
    "hommes avaient été tués et {n5} autres blessés dans les combats.",
    "Des habitants de {place} ont raconté que les tirs avaient duré plusieurs heures et que de nombreuses "
    "familles avaient fui vers le chef-lieu de région. Un élu local a indiqué que {n6} civils figuraient "
    "parmi les morts.",
    "Une frappe de drone sur un marché près de {place2} a tué {day} au moins {n7} personnes, selon un "
    "conseiller municipal, qui a précisé que les blessés avaient été transportés à l'hôpital du district.",
    "Des hommes armés ont enlevé {n8} passagers d'un car qui circulait entre {place} et {place2}, a déclaré "
    "un responsable syndical des transporteurs. On ignore où ils se trouvent.",
]
BACKGROUND_FR = [
    "La région est en proie aux violences depuis plus d'une décennie, depuis un soulèvement en 2012 qui a "
    "ouvert la voie à l'expansion des groupes armés dans le Sahel.",
    "Un accord de paix signé en 2015 devait intégrer d'anciens rebelles dans l'armée nationale, mais il s'est "
    "depuis effondré et les combats ont repris en 2023.",
    "Selon des analystes, les forces armées peinent à tenir les postes isolés, et les convois de ravitaillement "
    "sur les pistes du désert sont particulièrement exposés aux embuscades et aux engins explosifs.",
    "Les organisations humanitaires ont averti que des centaines de milliers de personnes ont été déplacées "
    "dans la zone ces dernières années, et que les prix des denrées ont fortement augmenté.",
    "Le gouvernement a promis à plusieurs reprises de restaurer l'autorité de l'État dans le nord, et s'est "
    "tourné vers de nouveaux partenaires étrangers pour l'équipement, la formation et l'appui aérien.",
]


def _q(rng: random.Random) -> str:
    return rng.choice(VAGUE).format(n=rng.randint(2, 60), w=rng.choice(WORDS))


def report(i: int, rng: random.Random, language: str = "en") -> dict:
    fr = language == "fr"
    place, country = rng.choice(PLACES)
    place2 = rng.choice([p for p, c in PLACES if c == country and p != place] or [place])
    published = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    army = (ARMIES_FR if fr else ARMIES)[country]
    days = WEEKDAYS_FR if fr else WEEKDAYS
    q = rng.choice(VAGUE_FR).format(n=rng.randint(2, 60)) if fr else _q(rng)
    fill = dict(group=rng.choice((GROUPS_FR if fr else GROUPS)[country]), army=army,
                army_cap=army[0].upper() + army[1:], place=place, place2=place2, day=rng.choice(days),
                day2=rng.choice(days), q=q, **{f"n{k}": rng.randint(1, 90) for k in range(2, 9)})
    news, background = (NEWS_FR, BACKGROUND_FR) if fr else (NEWS, BACKGROUND)
    paras = [t.format(**fill) for t in rng.sample(news, k=4)]
    paras += rng.sample(background, k=3)
    paras += [t.format(**fill) for t in rng.sample(news, k=2)]
    text = "\n\n".join(paras)
    while len(text.split()) < 480:
        text += "\n\n" + rng.choice(background)
    return {"id": f"bench-{language}-{i:06d}", "published": published.isoformat(), "language": language,
            "outlet": "Bench Wire", "url": None, "title": None, "text": text}


def generate(n: int, seed: int = 7, language: str = "en") -> list[dict]:
    rng = random.Random(seed)
    return [report(i, rng, language) for i in range(n)]


def real_dir() -> Path | None:
    """``../shared/corpus/dev`` beside this checkout or, from a git worktree, beside the main checkout."""
    roots = [ROOT.parent]
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()
        roots.append(Path(common).parent.parent)
    except (OSError, subprocess.CalledProcessError):
        pass
    return next((d for r in roots if (d := r / "shared" / "corpus" / "dev").is_dir()), None)


def real(n: int, directory: Path | None = None) -> list[dict]:
    """The dev reports in file order, repeated until there are ``n``; copy k gets id ``<id>~k``, a URL with ``#k``
    and k trailing spaces, so the store keeps each copy apart (an id or URL seen before is an update of that page,
    a text seen before a duplicate) while the extraction stays that of the original."""
    directory = directory or real_dir()
    if directory is None:
        raise FileNotFoundError("no ../shared/corpus/dev beside this checkout")
    base = []
    for path in sorted(directory.glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        base.append({k: d.get(k) for k in ("id", "text", "published", "language", "outlet", "url", "title")})
    out = []
    for i in range(n):
        d, k = dict(base[i % len(base)]), i // len(base)
        d["id"] = f"{d['id']}~{k}"
        d["url"] = f"{d['url'] or 'https://bench.invalid/' + d['id']}#{k}"
        d["text"] += " " * k
        out.append(d)
    return out


def write_feed(records: list[dict], path: Path) -> Path:
    """The records as a JSONL feed at ``path``, as ``fogline ingest`` reads it."""
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in records), encoding="utf-8")
    return path


def warm_extractors(records: list[dict]) -> None:
    """Build each language's extractor (and open the gazetteer) before a clock starts."""
    from fogline.extract import extract
    from fogline.records import Document

    for lang in sorted({d["language"] for d in records}):
        extract(Document(f"warm-up-{lang}", "Gunmen killed five villagers near Gao on Friday.", lang, None))
