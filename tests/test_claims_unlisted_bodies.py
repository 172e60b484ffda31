"""A named body the actor dictionary does not know ('the Kutum Emergency Response Room, a volunteer group', 'Kisal,
a herders' association') is a third party: its figures are reported, not claimed. Short reports written for these
tests."""

import pytest
from conftest import extracted


@pytest.mark.parametrize("text,claimant", [
    ("RSF fighters looted the market in Kutum, Sudan, on Monday. The Kutum Emergency Response Room, a network of "
     "volunteers, said the fighters had burned the market. About 4,000 people have fled the town, it said.",
     "Kutum Emergency Response Room"),
    ("Gunmen attacked herders near Kaduna, Nigeria, on Monday. Kisal, a herders' association, said the gunmen came "
     "at dawn. Twelve herders were killed, it said.", "Kisal"),
    ("Government air strikes hit the town of Ariha in Idlib province, Syria, on Tuesday. The Syrian Network for "
     "Human Rights, a monitoring group, said the strikes hit a school. Nine civilians were killed, it said.",
     "Syrian Network for Human Rights"),
])
def test_an_unlisted_body_reports(text, claimant):
    claims = [c for e in extracted(text, "en").events for c in e.claims]
    assert [(c.claimant, c.status) for c in claims] == [(claimant, "reported")]
