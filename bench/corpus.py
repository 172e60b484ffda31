"""A synthetic corpus of ~500-word reports from templates written for Fogline (varied actors,
places, numbers, weekdays), so speed is measured on text the tokenizers have not all cached."""

from __future__ import annotations

import random
from datetime import date, timedelta

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


def _q(rng: random.Random) -> str:
    return rng.choice(VAGUE).format(n=rng.randint(2, 60), w=rng.choice(WORDS))


def report(i: int, rng: random.Random) -> dict:
    place, country = rng.choice(PLACES)
    place2 = rng.choice([p for p, c in PLACES if c == country and p != place] or [place])
    published = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    army = ARMIES[country]
    fill = dict(group=rng.choice(GROUPS[country]), army=army, army_cap=army[0].upper() + army[1:], place=place,
                place2=place2, day=rng.choice(WEEKDAYS), day2=rng.choice(WEEKDAYS), q=_q(rng),
                **{f"n{k}": rng.randint(1, 90) for k in range(2, 9)})
    paras = [t.format(**fill) for t in rng.sample(NEWS, k=4)]
    paras += rng.sample(BACKGROUND, k=3)
    paras += [t.format(**fill) for t in rng.sample(NEWS, k=2)]
    text = "\n\n".join(paras)
    while len(text.split()) < 480:
        text += "\n\n" + rng.choice(BACKGROUND)
    return {"id": f"bench-{i:06d}", "published": published.isoformat(), "language": "en",
            "outlet": "Bench Wire", "url": None, "title": None, "text": text}


def generate(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [report(i, rng) for i in range(n)]
