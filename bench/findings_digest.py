"""Every finding the checker gives on a fixed set of texts, saved to a file and compared later.

A speed-up of the checker must not change what it finds. Run this before the change with
`--save` and after it with `--compare`: the second run lints the same texts again and names
each text whose result changed (rule, span, severity, message, text, UTF-16 offsets, line,
column, link, replacement, the letter kind, its clues, the word count and the summary).

The texts: every item of every eval split, linted as `make eval` lints it; every
meaning-preserving variant (eval/variants.py) of the opened splits' sentences; every rule
example, with its kind and setting and without them; the letters in tests/letters/ and the
bench drafts, also through the browser's JSON entry point under each shipped match,
specialty policy and SOAP mode. About 30,000 lints, a minute or two of CPU.

For a held-back split only the number of changed results is printed, never an item.

python -m bench.findings_digest --save before.json
python -m bench.findings_digest --compare before.json   # exit 1 when anything changed
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench import ROOT
from checker.browser_api import handle
from checker.lint import lint
from checker.policies import policy_table
from checker.rules import RULES
from eval.corpus import HELD_BACK, SPLITS, load_split
from eval.score import findings_for
from eval.variants import TRANSFORMS
from testsupport import drafts
from testsupport.rule_settings import example_setting

SHOWN_CHANGES = 5  # per group: enough to see what broke


def _dump(findings) -> str:
    return json.dumps([finding.to_dict() for finding in findings], ensure_ascii=False)


def _result(text: str, kind=None, setting=None) -> str:
    return json.dumps(lint(text, kind, setting=setting).to_dict(), ensure_ascii=False)


def _fixed_letters() -> list[tuple[str, str]]:
    letters = [
        (path.name, path.read_text("utf-8")) for path in sorted(ROOT.glob("tests/letters/*"))
    ]
    named = [(name, value) for name, value in vars(drafts).items() if name.isupper()]
    return letters + [(name, value) for name, value in named if isinstance(value, str)]


def _settings() -> list[dict]:
    table = policy_table()
    return (
        [{}, {"soap": True}, {"reply": True}]
        + [{"match": match} for match in table.matches]
        + [{"specialty": specialty} for specialty in table.specialties]
    )


def cases() -> Iterator[tuple[str, str, str]]:
    """(group, key, result as JSON) for every text checked."""
    for split in SPLITS:
        for item in load_split(split):
            yield split, item.id, _dump(findings_for(item))
        if split in HELD_BACK:
            continue
        for item in load_split(split):
            if item.part != "sentences":
                continue
            for name, transform in TRANSFORMS.items():
                variant = transform(item.text)
                if variant is not None:
                    changed = dataclasses.replace(item, text=variant)
                    yield f"{split} variants", f"{item.id} {name}", _dump(findings_for(changed))
    for rule in RULES.values():
        for should_fail, examples in ((True, rule.fails), (False, rule.passes)):
            spec = rule.example_setting
            if not should_fail:
                spec = rule.passes_setting or spec
            for number, example in enumerate(examples):
                key = f"{rule.id} {'fails' if should_fail else 'passes'} {number}"
                setting = example_setting(spec)
                yield "rule examples", key, _result(example, rule.example_kind, setting)
                yield "rule examples", f"{key} plain", _result(example)
    for name, text in _fixed_letters():
        for settings in _settings():
            request = {"method": "lint", "params": {"text": text, **settings}}
            yield "letters via browser_api", f"{name} {settings}", handle(json.dumps(request))


def collect() -> dict[str, dict[str, str]]:
    results: dict[str, dict[str, str]] = {}
    for group, key, result in cases():
        results.setdefault(group, {})[key] = result
    return results


def compare(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> int:
    """Print what changed per group; the number of changed results."""
    changed_total = 0
    for group in sorted(before.keys() | after.keys()):
        old, new = before.get(group, {}), after.get(group, {})
        changed = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
        changed_total += len(changed)
        print(f"{group}: {len(new)} results, {len(changed)} changed")
        if group in HELD_BACK:
            continue  # held back: counts only
        for key in changed[:SHOWN_CHANGES]:
            print(f"  {key}\n    before: {old.get(key)}\n    after:  {new.get(key)}")
    return changed_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write every result to this file")
    action.add_argument("--compare", type=Path, help="lint again and compare with this file")
    args = parser.parse_args(argv)
    started = time.process_time()
    results = collect()
    count = sum(len(group) for group in results.values())
    print(f"{count} results in {time.process_time() - started:.0f} s of CPU", file=sys.stderr)
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        return 0
    changed = compare(json.loads(args.compare.read_text(encoding="utf-8")), results)
    print("identical" if not changed else f"{changed} results changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
