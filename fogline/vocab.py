"""The values Fogline's records carry: actor kinds, sides, claim kinds and statuses, claimant labels, event
types, date precisions and grades.

They are written once here because every stage compares them (a misspelt "state force" silently matches
nothing). The language files supply the words that lead to them; these are the values themselves, as they
appear in ``extraction.schema.json``, the store and the exports.
"""

from __future__ import annotations

# -- actor kinds ------------------------------------------------------------------------------
STATE_FORCES = "state forces"
FOREIGN_FORCES = "foreign forces"  # another state's forces, allied with the state
REBEL_GROUP = "rebel group"
POLITICAL_MILITIA = "political militia"
IDENTITY_MILITIA = "identity militia"
RIOTERS = "rioters"
PROTESTERS = "protesters"
CIVILIANS = "civilians"
UNIDENTIFIED_GROUP = "unidentified armed group"
OTHER_KIND = "other"  # the UN, NGOs, media: named, never a party
ARMED_GROUP_KINDS = (REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA)  # non-state groups that fight
STATE_LIKE = (STATE_FORCES, FOREIGN_FORCES)

# -- sides ------------------------------------------------------------------------------------
SIDE_A = "A"  # initiator
SIDE_B = "B"  # target or opponent

# -- which of a state's forces, and whose voice a speaker is (the role names of roles.json "order") -----------
MILITARY = "military"
POLICE = "police"
GENDARMERIE = "gendarmerie"
GOVERNMENT = "government"  # ministers, governors, juntas: a speaker of the state that is none of its forces
POLICE_FORCES = (POLICE, GENDARMERIE)

# -- what a claim counts ---------------------------------------------------------------------------
KILLED = "killed"
WOUNDED = "wounded"
CAPTURED = "captured"
MISSING = "missing"
ABDUCTED = "abducted"
VEHICLES_DESTROYED = "vehicles destroyed"
VEHICLES_SEIZED = "vehicles seized"
AIRCRAFT_LOST = "aircraft lost"
DISPLACED = "displaced"
OTHER_WHAT = "other"  # a statement with no figure of its own ("the claim could not be verified")
HARM = (KILLED, WOUNDED, ABDUCTED, MISSING, CAPTURED)  # what happens to people
VEHICLE_WHATS = frozenset({VEHICLES_DESTROYED, VEHICLES_SEIZED})

# -- whose toll -------------------------------------------------------------------------------
UNKNOWN = "unknown"  # a figure whose victims the report does not say
CIVILIANS_PREFIX = "Civilians"
INTERNATIONAL_CIVILIANS = "Civilians (International)"  # a merchant ship's crew, seafarers of many nations
UNIDENTIFIED_PREFIX = "Unidentified Armed Group"
COMMUNAL_PREFIX = "Unidentified Communal Militia"
NATIONAL_MILITARY = "Military Forces of "  # ACLED's name of a state's national military
NATIONAL_POLICE = "Police Forces of "  # and of its police
GOVERNMENT_OF = "Government of "  # and of its government (ministers, governors, presidencies as claimants)


def civilians_of(country: str) -> str:
    """The civilians of a country as a party: 'Civilians (Mali)'."""
    return f"{CIVILIANS_PREFIX} ({country})"


def protesters_of(country: str) -> str:
    """A country's protesters as a party: 'Protesters (Kenya)' (ACLED's convention)."""
    return f"Protesters ({country})"


def communal_militia(country: str) -> str:
    """People of a community who fight another in a communal clash (ACLED's convention, an identity militia)."""
    return f"{COMMUNAL_PREFIX} ({country})"


def unidentified_group(country: str) -> str:
    """An armed group the report does not name (ACLED's convention): 'Unidentified Armed Group (Mali)'."""
    return f"{UNIDENTIFIED_PREFIX} ({country})"


# -- claim status ------------------------------------------------------------------------------
CLAIMED = "claimed"  # a party's figure
REPORTED = "reported"  # a figure of someone who is not a party (the outlet, residents, the UN)
CONFIRMED = "confirmed"  # a party's own losses, or a figure both sides give
UNVERIFIED = "unverified"  # the report says it could not be verified
DENIED = "denied"

# -- claimant labels (sources that are not actors) ---------------------------------------------------
THE_OUTLET = "the outlet"  # the report in its own voice
SOCIAL_MEDIA = "social media"
LOCAL_SOURCES = "local sources"
RESIDENTS = "residents"
UNITED_NATIONS = "United Nations"
SECURITY_SOURCES = "security sources"  # anonymous army or police sources (the guide's label)
INDEPENDENT = frozenset({LOCAL_SOURCES, RESIDENTS, UNITED_NATIONS, THE_OUTLET})

# -- event types (ACLED) ----------------------------------------------------------------------------
BATTLES = "Battles"
REMOTE_VIOLENCE = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
ARMED_CLASH = "Armed clash"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
PROTESTS = "Protests"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"

# -- trigger families (the "family" of a trigger in lang/<code>/triggers.json) ------------------------
FAMILY_VIOLENCE = "violence"
FAMILY_AIRCRAFT = "aircraft"  # an aircraft lost, downed or crashed
FAMILY_TRANSFER = "transfer"  # territory changing hands

# -- date precision -------------------------------------------------------------------------------
DAY = "day"
WEEK = "week"
MONTH = "month"
YEAR = "year"

# -- grades (see reconcile.py) ------------------------------------------------------------------------
GRADE_CONFIRMED = "confirmed"
GRADE_FAIR = "fair"
GRADE_WEAK = "weak"
GRADE_CONTESTED = "contested"
GRADE_DISCOUNTED = "discounted"
