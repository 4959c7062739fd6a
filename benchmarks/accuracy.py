"""Per-field accuracy of `oversight extract` against the facts checked by eye in tests/gold/.

Usage: python benchmarks/accuracy.py [--corpus ../shared/corpus] [--show-differences]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.extract import ContextFactory, Manifest, extract_path  # noqa: E402
from oversight.extract.accuracy import compare, field_accuracy, load_gold  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--show-differences", action="store_true")
    args = parser.parse_args()
    reports = Path(args.corpus) / "reports"
    if not reports.is_dir():
        print(f"no corpus at {reports}: nothing to measure", file=sys.stderr)
        return 2
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
    if args.show_differences:
        for c in comparisons:
            for name, (expected, actual) in c.differences.items():
                print(f"{c.path} {name}\n    expected {expected}\n    actual   {actual}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
