"""Score the checker on the labelled corpus: `python -m eval` (what `make eval` runs).

python -m eval                   # every split's tables; dev's misses and false alarms too
python -m eval --split test      # one split
python -m eval --tables-only     # just the tables (what eval/README.md records)
python -m eval --without-model   # the rules alone: what the model's backstop adds

The held-back splits (test, fresh, fresh11) are reported as counts only, so nobody
tunes on their items. fresh2 to fresh10, each opened once a newer blind split had taken its
place, are listed item by item like dev.
"""

from __future__ import annotations

import argparse
import datetime

from eval.corpus import HELD_BACK, SPLITS, load_split
from eval.report import format_details, format_table
from eval.score import evaluate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="default: all")
    parser.add_argument("--tables-only", action="store_true", help="leave out each miss of dev")
    parser.add_argument(
        "--without-model", action="store_true", help="score the rules alone, without the model"
    )
    args = parser.parse_args(argv)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rules_alone = ", the rules alone (no model)" if args.without_model else ""
    print(f"Checker evaluation on the labelled corpus{rules_alone}, {now}")
    for split in args.split or SPLITS:
        report = evaluate(load_split(split), model=not args.without_model)
        print()
        print(format_table(split, report))
        if split in HELD_BACK:
            print(f"\n({split} is held back: its misses and false alarms are counted, not listed)")
        elif not args.tables_only:
            print(format_details(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
