"""List where two readings of the same real pages by eye differ, value by value, for a third reader to settle
against the text. Like check_annotations.py it knows nothing of the extractor, so the settler may run a copy.

    python benchmarks/compare_annotations.py FIRST_FOLDER SECOND_FOLDER > differences.txt

Each folder holds one <page>.json per page in the form of docs/accounts-annotation-guide.md. Events are paired
by kind and council (in order where a page has several of one kind and council); notes are not compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

PAGE_FIELDS = ("document_type", "publisher", "page_date", "authority_urn")


def _paired(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> list[tuple[dict | None, dict | None]]:
    """Events of the two readings side by side: same kind and council, in the order each reading lists them."""
    pairs: list[tuple[dict | None, dict | None]] = []
    left = list(second)
    for event in first:
        match = next((e for e in left if (e.get("kind"), e.get("authority_urn"))
                      == (event.get("kind"), event.get("authority_urn"))), None)
        if match is not None:
            left.remove(match)
        pairs.append((event, match))
    pairs += [(None, event) for event in left]
    return pairs


def _event_name(event: dict[str, Any] | None) -> str:
    if event is None:
        return "(none)"
    when = event.get("start_date") or event.get("published_date") or "undated"
    return f"{event.get('kind')} of {event.get('authority_urn')} ({when})"


def event_differences(group: str, first: list[dict], second: list[dict]) -> list[str]:
    lines = []
    for number, (a, b) in enumerate(_paired(first, second), 1):
        if a is None or b is None:
            lines.append(f"{group}[{number}]: {_event_name(a)} | {_event_name(b)}")
            continue
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                lines.append(f"{group}[{number}] {_event_name(a)} {key}: {json.dumps(a.get(key))} | "
                             f"{json.dumps(b.get(key))}")
    return lines


def page_differences(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    lines = [f"{key}: {json.dumps(first.get(key))} | {json.dumps(second.get(key))}"
             for key in PAGE_FIELDS if first.get(key) != second.get(key)]
    for group in ("subjects", "mentioned"):
        lines += event_differences(group, first.get(group) or [], second.get(group) or [])
    people = ({(p.get("name"), p.get("role")) for p in first.get("people") or []},
              {(p.get("name"), p.get("role")) for p in second.get("people") or []})
    lines += [f"people: {name} as {role!r} only in the first" for name, role in sorted(people[0] - people[1],
                                                                                       key=str)]
    lines += [f"people: {name} as {role!r} only in the second" for name, role in sorted(people[1] - people[0],
                                                                                        key=str)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    pages = differing = values = 0
    for path in sorted(args.first.glob("*.json")):
        other = args.second / path.name
        if not other.is_file():
            print(f"{path.name}: only in {args.first}")
            continue
        pages += 1
        lines = page_differences(json.loads(path.read_text("utf-8")), json.loads(other.read_text("utf-8")))
        if lines:
            differing += 1
            values += len(lines)
            print(f"== {path.stem}")
            print("\n".join(f"  {line}" for line in lines))
    print(f"{pages} pages read twice, {differing} with differences, {values} values differ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
