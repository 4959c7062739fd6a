"""Per-field accuracy of `oversight extract` against the facts checked by eye in tests/gold/: the reports gate
(real reports from the shared corpus) and, beside it, the letters gate (letters, minutes, press releases and news).

Usage: python benchmarks/accuracy.py [--corpus ../shared/corpus] [--show-differences]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.extract import ContextFactory, Manifest, extract_path  # noqa: E402
from oversight.extract.accuracy import (  # noqa: E402
    DATE_TARGET,
    LETTER_EXACT,
    compare,
    compare_letter,
    field_accuracy,
    letter_accuracy,
    load_gold,
)

LETTERS = ROOT / "tests" / "gold" / "letters"


def reports_gate(corpus: Path, show: bool) -> None:
    reports = corpus / "reports"
    if not reports.is_dir():
        print(f"reports gate: no corpus at {reports}, not measured")
        return
    gold = load_gold(ROOT / "tests" / "gold" / "reports")
    factory = ContextFactory(Manifest(reports / "manifest.csv"))
    comparisons = [compare(extract_path(reports / g["path"], factory), g) for g in gold]
    authorities = {g["authority_urn"] for g in gold}
    eras = sorted({g["framework"] for g in gold})
    print(f"reports gate: {len(gold)} reports checked by eye, {len(authorities)} authorities, eras {', '.join(eras)}")
    for name, share in field_accuracy(comparisons).items():
        print(f"  {name:36s} {share * 100:6.1f}%")
    exact = sum(c.all_match for c in comparisons)
    print(f"  {'every field right':36s} {exact}/{len(comparisons)}")
    if show:
        for c in comparisons:
            for name, (expected, actual) in c.differences.items():
                print(f"    {c.path} {name}\n      expected {expected}\n      actual   {actual}")


def letters_gate(show: bool) -> None:
    gold = load_gold(LETTERS)
    factory = ContextFactory()
    comparisons = [compare_letter(extract_path(LETTERS / g["path"], factory), g) for g in gold]
    genres = sorted({g["document_type"] for g in gold})
    print(f"letters gate: {len(gold)} documents with facts checked by eye, genres {', '.join(genres)}")
    for name, (right, total) in letter_accuracy(comparisons).items():
        if not total:
            continue
        target = ("  (target 100%)" if name in LETTER_EXACT
                  else f"  (target {DATE_TARGET:.0%})" if name == "dates" else "")
        print(f"  {name:36s} {right / total * 100:6.1f}%  {right:4d}/{total:<4d}{target}")
    print(f"  {'every check right':36s} {sum(not c.differences for c in comparisons)}/{len(comparisons)}")
    if show:
        for c in comparisons:
            for difference in c.differences:
                print(f"    {c.path} {difference}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--show-differences", action="store_true")
    args = parser.parse_args()
    reports_gate(Path(args.corpus), args.show_differences)
    print()
    letters_gate(args.show_differences)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
