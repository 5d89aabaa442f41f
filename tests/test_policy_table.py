"""The shipped policy table (checker/policies.toml) holds the policies we could source.

The loader (checker.policies, tested in test_policies.py) refuses an entry without a source,
a date or a known effect; this file checks the content: which matches and specialty policies
the guide relies on, and that every entry was read on a real, past day.
"""

from __future__ import annotations

import datetime
import re

from checker.language.lexicon import SPECIALTIES
from checker.policies import policy_table


def test_the_table_holds_the_main_match_and_the_sourced_specialty_policies():
    table = policy_table()
    assert {"nrmp-main", "sf-match", "sau-aua"} <= table.matches.keys()
    effects = {policy.id: set(policy.effects) for policy in table.specialties.values()}
    assert effects["plastic-surgery"] == {"no-post-interview-contact"}
    assert effects["internal-medicine"] == {"thank-you-discouraged"}
    assert effects["urology"] == {"rank-plans-confidential"}
    assert table.specialties["urology"].match == "sau-aua"
    assert table.specialties["ophthalmology"].match == "sf-match"


def test_every_entry_was_checked_on_a_past_day():
    table = policy_table()
    for policy in [*table.matches.values(), *table.specialties.values()]:
        assert policy.checked <= datetime.date.today(), policy.id


def test_the_checker_knows_every_specialty_of_the_table_by_name():
    """rank-first-claim reads "<specialty> is my first choice" as no program's place."""
    for policy in policy_table().specialties.values():
        named = set(re.findall("[a-z]+", policy.name.lower()))
        assert named & SPECIALTIES, f"{policy.name}: add its word to lexicon.SPECIALTIES"
