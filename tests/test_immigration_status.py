"""The one reader of a letter's immigration status: held today, or only expected."""

from __future__ import annotations

import pytest

from checker.immigration_status import EXAMPLES, states_held_status
from checker.letter import Letter


@pytest.mark.parametrize(("body", "held"), EXAMPLES)
def test_a_status_counts_only_when_the_writer_holds_it_today(body, held):
    assert states_held_status(Letter(f"Dear Ms. Cole,\n\n{body}")) is held
