"""Every piece of evidence points at the words it quotes: over every document of the shared corpus (and the seeds),
each evidence item's text must equal its page's text between its offsets. Run it after any change to the PDF
engine or to the clean-up of its text.

Usage: python benchmarks/evidence.py [PATH ...]   (default: ../shared/corpus ../shared/seeds)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.extract import ContextFactory  # noqa: E402
from oversight.extract.batch import find_manifests, walk  # noqa: E402
from oversight.extract.context import load_manifests  # noqa: E402
from oversight.extract.pipeline import extract_with_pages  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "corpus"),
                                                     str(ROOT.parent / "shared" / "seeds")])
    args = parser.parse_args()
    factory = ContextFactory(load_manifests(find_manifests(args.paths)))
    documents = checked = wrong = 0
    for path in walk(args.paths):
        extraction, pages = extract_with_pages(path, factory)
        if "error" in extraction:
            continue
        documents += 1
        for item in extraction.get("evidence", []):
            if item.get("page") is None:  # evidence from the page's address, not its text
                continue
            checked += 1
            quoted = pages[item["page"] - 1][item["start"]: item["end"]]
            if quoted != item["text"]:
                wrong += 1
                print(f"{path}: {item['field']}: evidence {item['text'][:60]!r} but the page has {quoted[:60]!r}")
    print(f"{documents} documents, {checked} pieces of evidence checked, {wrong} not matching their page's text")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
