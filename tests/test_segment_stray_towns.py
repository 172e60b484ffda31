"""A later sentence that tells the same incident again, naming a small village the gazetteer has only in another
region than the one the report states ("in Sagaing Region's Kanbalu Township … the village of Ywathit", a
namesake in Yangon), is no second incident far away: it stays the lead's event. Each case gave two events
before."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text", [
    "A military airstrike on a school in Sagaing Region's Kanbalu Township killed 11 people on Tuesday, residents "
    "said. A junta jet dropped two bombs on the school in the village of Ywathit, a teacher said.",
    "A military airstrike hit a monastery in Sagaing Region's Kanbalu Township on Tuesday night, killing nine "
    "villagers. A junta fighter jet bombed the monastery in Ywathit village at around midnight, rescuers said.",
    "A junta airstrike killed eight people in Sagaing Region's Kanbalu Township on Tuesday, residents said. "
    "Warplanes struck the village of Ywathit twice, a resident said.",
    "Junta troops shelled a village in Sagaing Region's Kanbalu Township on Tuesday, killing five people, residents "
    "said. The shelling destroyed homes in Ywathit village, a resident said.",
])
def test_a_stray_village_of_the_same_incident_is_no_second_event(text):
    events = extracted(text, "en").events
    assert len(events) == 1, [(e.event_type, e.place.location) for e in events]
