"""Per-field accuracy of `oversight extract` against the facts checked by eye in tests/gold/: the reports gate
(real reports from the shared corpus) and the real accounts gate (real news, releases, minutes and copies of
letters from the shared corpus: 170 pages, a third first held back, and fresh sets gathered later, the newest
blind); then the written letters, which test behaviour only.

Usage: python benchmarks/accuracy.py [--corpus ../shared/corpus] [--show-differences [development]]
       (differences are shown for the pages opened for tuning, or with 'development' for the development two
       thirds only; a blind set's differences are never shown: it measures pages nobody has tuned against)
       python benchmarks/accuracy.py --record-first-contact EXTRACTIONS.jsonl --commit SHA [--set accounts-fresh2]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.extract import ContextFactory, Manifest, extract_path  # noqa: E402
from oversight.extract.gates.accounts import (  # noqa: E402
    DEVELOPMENT,
    HELD_BACK,
    TARGETS,
    AccountComparison,
    Tally,
    compare_account,
    load_account_gold,
    present_pages,
    split_of,
    tally,
    wrong_grade_count,
    wrong_reported_count,
)
from oversight.extract.gates.accuracy import (  # noqa: E402
    DATE_TARGET,
    LETTER_EXACT,
    compare,
    compare_letter,
    field_accuracy,
    letter_accuracy,
    load_gold,
)

LETTERS = ROOT / "tests" / "gold" / "letters"
ACCOUNTS = ROOT / "tests" / "gold" / "accounts"
FIRST_CONTACT = ROOT / "benchmarks" / "results" / "accounts_first_contact.json"


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
    factory = ContextFactory(press_grades=True)  # written to pin the rules, news stories' grades included
    comparisons = [compare_letter(extract_path(LETTERS / g["path"], factory), g) for g in gold]
    genres = sorted({g["document_type"] for g in gold})
    print(f"written letters (behaviour tests, not an accuracy figure): {len(gold)} documents written for the "
          f"rules, genres {', '.join(genres)}")
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


def _accounts_extractions(accounts: Path, addresses: bool, press_grades: bool = False) -> dict[str, dict]:
    factory = ContextFactory(Manifest(accounts / "manifest.csv"), addresses=addresses, press_grades=press_grades)
    return {extraction["source"]["sha256"]: extraction
            for extraction in (extract_path(path, factory) for path in sorted(accounts.glob("*.txt")))}


def _comparisons(gold: list[dict], extractions: dict[str, dict]) -> list[AccountComparison]:
    missing = {"error": {"code": "missing", "message": "no extraction of this file"}}
    return [compare_account(extractions.get(g["sha256"], missing), g) for g in gold]


def _figures(comparisons: list[AccountComparison]) -> dict:
    tallies = {name: [t.right, t.total] for name, t in tally(comparisons).items()}
    wrong, stated = wrong_grade_count(comparisons)
    return {"pages": len(comparisons), "fields": tallies, "wrong_grades": [wrong, stated],
            "wrong_reported": list(wrong_reported_count(comparisons))}


def _cell(right: int, total: int) -> str:
    if not total:
        return f"{'-':>22s}"
    low, high = Tally(right, total).interval() or (0.0, 0.0)
    return f"{right:3d}/{total:<3d} {right / total * 100:5.1f}% [{low * 100:3.0f}-{high * 100:3.0f}]"


def _print_figures(title: str, columns: dict[str, dict]) -> None:
    print(f"  {title}")
    print(f"    {'field':22s}" + "".join(f"{name:>24s}" for name in columns) + "   target")
    for name, target in TARGETS.items():
        cells = "".join(f"  {_cell(*figures['fields'].get(name, (0, 0)))}" for figures in columns.values())
        print(f"    {name:22s}{cells}   {'' if target is None else f'{target:.0%}'}")
    cells = "".join(f"  {f'{w} of {s} stated':>22s}" for w, s in (f["wrong_grades"] for f in columns.values()))
    print(f"    {'wrong grades':22s}{cells}   0")
    # first contacts recorded before reported grades were counted have none
    reported = ["{} of {} reported".format(*f["wrong_reported"]) if "wrong_reported" in f else "-"
                for f in columns.values()]
    cells = "".join(f"  {cell:>22s}" for cell in reported)
    print(f"    {'wrong reported grades':22s}{cells}")


@dataclass(frozen=True)
class PageSet:
    """Real pages read by eye: where their texts are (under the corpus), where their facts are, where the figures of
    the extractor's first contact with them are kept, and whether their differences may be shown (a blind set's
    never are: it measures pages nobody has tuned against)."""

    name: str
    folder: str
    gold: Path
    first_contact: Path
    blind: bool


RESULTS = ROOT / "benchmarks" / "results"
# In the order they were gathered. The first held-back third, then the first three fresh sets, were opened for
# tuning once a newer blind set had been read to take their place (docs/accuracy.md).
FRESH_SETS = [
    PageSet("fresh 1", "accounts-fresh", ROOT / "tests" / "gold" / "accounts-fresh",
            RESULTS / "accounts_fresh_first_contact.json", blind=False),
    PageSet("fresh 2", "accounts-fresh2", ROOT / "tests" / "gold" / "accounts-fresh2",
            RESULTS / "accounts_fresh2_first_contact.json", blind=False),
    PageSet("fresh 3", "accounts-fresh3", ROOT / "tests" / "gold" / "accounts-fresh3",
            RESULTS / "accounts_fresh3_first_contact.json", blind=False),
    PageSet("fresh 4", "accounts-fresh4", ROOT / "tests" / "gold" / "accounts-fresh4",
            RESULTS / "accounts_fresh4_first_contact.json", blind=False),
    PageSet("fresh 5", "accounts-fresh5", ROOT / "tests" / "gold" / "accounts-fresh5",
            RESULTS / "accounts_fresh5_first_contact.json", blind=True),
]


def _print_first_contact(path: Path, what: str) -> None:
    if path.exists():
        record = json.loads(path.read_text("utf-8"))
        _print_figures(f"first contact with {what}: the extractor at {record['commit']}, before any tuning on "
                       f"these pages", record["figures"])


def _held_and_development(gold: list[dict]) -> tuple[list[dict], list[dict]]:
    """The 170 pages by the rule fixed before they were read."""
    return ([g for g in gold if split_of(g["sha256"]) == HELD_BACK],
            [g for g in gold if split_of(g["sha256"]) == DEVELOPMENT])


def accounts_gate(corpus: Path, show: str | None) -> None:
    accounts = corpus / "accounts"
    if not accounts.is_dir():
        print(f"accounts gate: no corpus at {accounts}, not measured")
        return
    gold = load_account_gold(ACCOUNTS)
    held, development = _held_and_development(gold)
    # a fresh set's first contact is a record kept in the repository; its pages are measured now only where their
    # texts are in the corpus (they live outside the repository and have been lost between sessions)
    read = {s: load_account_gold(s.gold) for s in FRESH_SETS} if show != "development" else {}
    every_set = {s: present_pages(corpus / s.folder, pages) if (corpus / s.folder).is_dir() else []
                 for s, pages in read.items()}
    fresh = {s: pages for s, pages in every_set.items() if pages}

    def absent(page_set: PageSet) -> str:
        missing = len(read[page_set]) - len(every_set[page_set])
        if missing == len(read[page_set]):
            return f"{len(read[page_set])} read in {page_set.name}, texts absent"
        return f"{len(every_set[page_set])} in {page_set.name}" + (
            f" (of {len(read[page_set])} read; the other {missing} texts are absent)" if missing else "")

    print(f"accounts gate: {len(gold)} real pages read by eye ({len(held)} first held back, {len(development)} "
          f"development)" + "".join(f", {absent(s)}{' (blind)' if s.blind else ''}" for s in every_set)
          + "; counts with 95% Wilson intervals")
    if show != "development":
        _print_first_contact(FIRST_CONTACT, "the 170 pages (it read no addresses)")
        for page_set in every_set:
            _print_first_contact(page_set.first_contact, f"{page_set.name}")
    # the third run states the grades told in the prose of news, releases and minutes, which the product only
    # reports: what the rules would give
    runs = {"with addresses": (True, False), "text alone": (False, False),
            "with addresses, accounts' prose grades stated": (True, True)}
    for label, (addresses, press_grades) in runs.items():
        extractions = _accounts_extractions(accounts, addresses, press_grades)
        by_set = {"development": _comparisons(development, extractions)}
        if show != "development":  # the held-back pages were not looked at while tuning on development alone
            by_set = {"held back": _comparisons(held, extractions), **by_set}
            by_set["all 170"] = by_set["held back"] + by_set["development"]
        for page_set, pages in fresh.items():
            by_set[page_set.name] = _comparisons(pages, _accounts_extractions(corpus / page_set.folder, addresses,
                                                                              press_grades))
        _print_figures(f"now, {label}", {name: _figures(c) for name, c in by_set.items()})
        if addresses and not press_grades:
            genres = sorted({g["document_type"] for g in gold})
            every = [c for name, c in by_set.items() if name not in ("held back", "development")]
            pages = [c for group in every for c in group] or by_set["development"]
            which = "all" if every else "development"
            _print_figures(f"now, with addresses, {which} pages by genre",
                           {genre: _figures([c for c in pages if c.genre == genre]) for genre in genres})
        if show and addresses and not press_grades:  # never a blind set's: it measures what nobody tuned against
            shown = [by_set.get("all 170", by_set["development"])] + [
                by_set[s.name] for s in fresh if not s.blind and show != "development"]
            for group in shown:
                for c in group:
                    for difference in c.differences + [f"wrong grade: {w}" for w in c.wrong_grades]:
                        print(f"    {c.split} {c.file} {difference}")


def record_first_contact(extractions_file: Path, commit: str, which: str) -> None:
    """Keep the gate's figures for extractions made by an earlier commit (`oversight extract ... > FILE`)."""
    extractions = {}
    for line in extractions_file.read_text("utf-8").splitlines():
        extraction = json.loads(line)
        extractions[extraction["source"].get("sha256")] = extraction
    page_set = next((s for s in FRESH_SETS if s.folder == which), None)
    if page_set is not None:
        sets, target = {page_set.name: load_account_gold(page_set.gold)}, page_set.first_contact
    else:
        gold = load_account_gold(ACCOUNTS)
        held, development = _held_and_development(gold)
        sets = {"held back": held, "development": development}
        sets["all"] = sets["held back"] + sets["development"]
        target = FIRST_CONTACT
    figures = {name: _figures(_comparisons(pages, extractions)) for name, pages in sets.items()}
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps({"commit": commit, "figures": figures}, indent=1) + "\n", "utf-8")
    _print_figures(f"first contact at {commit}", figures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--show-differences", nargs="?", const="all", choices=["all", "development"])
    parser.add_argument("--record-first-contact", type=Path, metavar="EXTRACTIONS.jsonl")
    parser.add_argument("--commit", default="unknown")
    parser.add_argument("--set", choices=["accounts", *(s.folder for s in FRESH_SETS)], default="accounts",
                        help="which pages --record-first-contact records (a folder of the corpus)")
    args = parser.parse_args()
    if args.record_first_contact:
        record_first_contact(args.record_first_contact, args.commit, args.set)
        return 0
    reports_gate(Path(args.corpus), bool(args.show_differences))
    print()
    accounts_gate(Path(args.corpus), args.show_differences)
    print()
    letters_gate(bool(args.show_differences))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
