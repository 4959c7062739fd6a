"""Resolve the many ways documents name a council to one authority, or to nothing with a reason."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from oversight.reference import vocabulary
from oversight.reference.authorities import Authority, AuthorityRegistry

FUZZY_CUTOFF = 90.0  # rapidfuzz ratio (0-100) a name must reach to count as a misspelling of another
FUZZY_MARGIN = 4.0  # ... and by how much it must beat the next-best authority


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving a name: an authority (or None) and how it was reached."""

    authority: Authority | None
    method: str  # "exact", "stripped", "fuzzy", "ambiguous" or "unknown"
    score: float = 100.0
    reason: str = ""


def normalise(name: str) -> str:
    """Lower-case, fold accents and punctuation, write '&' and 'Saint' the same way each time."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bst\.?(?=\s)", "st", text)
    text = re.sub(r"\bsaint\b", "st", text)
    text = re.sub(r"[^a-z0-9',]+", " ", text)
    text = text.replace("'s", "s").replace("'", "")
    return " ".join(text.replace(",", " ,").split()).replace(" ,", ",")


@cache
def _generic_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The generic prefixes and suffixes, normalised once."""
    return (tuple(normalise(p).replace(",", "") for p in vocabulary.GENERIC_PREFIXES),
            tuple(normalise(s).replace(",", "") for s in vocabulary.GENERIC_SUFFIXES))


def strip_generic(normalised: str) -> str:
    """Drop the words that say 'a council' ('London Borough of', 'City Council') and keep the place."""
    text = normalised.replace(",", "")
    prefixes, suffixes = _generic_words()
    changed = True
    while changed:
        changed = False
        for clean in prefixes:
            if text.startswith(clean + " "):
                text, changed = text[len(clean) + 1 :], True
        for clean in suffixes:
            if text.endswith(" " + clean):
                text, changed = text[: -len(clean) - 1], True
    return text.strip()


class AuthorityResolver:
    """Looks names up exactly, then without generic council words, then fuzzily; never guesses between two."""

    def __init__(self, registry: AuthorityRegistry) -> None:
        self.registry = registry
        self._exact: dict[str, set[str]] = {}
        self._stripped: dict[str, set[str]] = {}
        for authority in registry:
            for name in (authority.name, *authority.aliases):
                key = normalise(name)
                self._exact.setdefault(key, set()).add(authority.la_code)
                stripped = strip_generic(key)
                if stripped and stripped not in vocabulary.AMBIGUOUS_STRIPPED:
                    self._stripped.setdefault(stripped, set()).add(authority.la_code)
        self._choices = list(self._stripped)

    def names(self) -> dict[str, set[str]]:
        """Every name and alias as normalised (commas dropped), and each place without council words, with the
        codes of the authorities they name."""
        index: dict[str, set[str]] = {}
        for table in (self._exact, self._stripped):
            for key, codes in table.items():
                index.setdefault(key.replace(",", ""), set()).update(codes)
        return index

    def resolve(self, name: str | None, on: date | None = None) -> Resolution:
        """Resolve a name as of a date (used to choose between an abolished authority and its successor)."""
        if not name or not name.strip():
            return Resolution(None, "unknown", 0.0, "no name given")
        key = normalise(name)
        stripped = strip_generic(key)
        if key in self._exact:
            codes = self._exact[key]
            if on is not None and not any(self.registry.by_code[c].exists_on(on) for c in codes):
                # 'Dorset' in a 2015 report means the county council that was abolished in 2019.
                codes = codes | self._stripped.get(stripped, set())
            return self._choose(codes, on, "exact", 100.0, name)
        if stripped in self._stripped:
            return self._choose(self._stripped[stripped], on, "stripped", 100.0, name)
        if len(stripped) < 4:
            return Resolution(None, "unknown", 0.0, f"'{name}' names no known authority")
        from rapidfuzz import fuzz, process  # only a name not found exactly needs it

        matches = process.extract(stripped, self._choices, scorer=fuzz.ratio, limit=5)
        if not matches or matches[0][1] < FUZZY_CUTOFF:
            return Resolution(None, "unknown", matches[0][1] if matches else 0.0, f"'{name}' names no known authority")
        best_codes = self._stripped[matches[0][0]]
        rivals = [m for m in matches[1:] if not self._stripped[m[0]] & best_codes]
        if rivals and matches[0][1] - rivals[0][1] < FUZZY_MARGIN:
            return Resolution(None, "ambiguous", matches[0][1], f"'{name}' is as close to {rivals[0][0]!r}")
        return self._choose(best_codes, on, "fuzzy", matches[0][1], name)

    def _choose(self, codes: set[str], on: date | None, method: str, score: float, name: str) -> Resolution:
        candidates = [self.registry.by_code[c] for c in sorted(codes)]
        if len(candidates) > 1 and on is not None:
            candidates = [a for a in candidates if a.exists_on(on)] or candidates
        if len(candidates) > 1 and on is None:
            candidates = [a for a in candidates if a.abolished is None] or candidates
        if len(candidates) == 1:
            return Resolution(candidates[0], method, score)
        names = ", ".join(a.name for a in candidates)
        return Resolution(None, "ambiguous", score, f"'{name}' could be any of: {names}")
