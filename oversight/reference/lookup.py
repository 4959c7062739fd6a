"""Finding the council a person typed: codes, names, short names, unique beginnings and typos, each correction said.

Documents are read by AuthorityResolver, which never guesses; a person at a prompt wants more help: 'Telford' is
Telford and Wrekin (the only council whose name begins so), 'Kingston' could be either Kingston, so both are named,
and 'Birmingam' is taken as Birmingham with a word that says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from oversight.errors import UsageError
from oversight.reference.authorities import Authority, AuthorityRegistry
from oversight.reference.resolver import AuthorityResolver, normalise, strip_generic

SUGGESTION_CUTOFF = 70.0  # how close a name must be to be offered as 'did you mean'
# Words that begin many councils' names or aliases but name none ('council' begins 'Council of the Isles of Scilly').
WORDS_NAMING_NO_COUNCIL = {"council", "london", "city", "county", "borough", "royal", "metropolitan", "district",
                           "the", "of", "england"}


@dataclass(frozen=True)
class Found:
    authority: Authority
    note: str | None = None  # said to the user when the text was taken as something else ('... taken as ...')


class AuthorityLookup:
    """What a user typed ('South Tyneside', 'south-tyneside', '80557', '393', 'Telford', 'Birmingam') to one
    authority, as it stood on a date where one is given (in 2016 'Dorset' is Dorset County Council)."""

    def __init__(self, registry: AuthorityRegistry) -> None:
        self.registry = registry

    @cached_property
    def resolver(self) -> AuthorityResolver:
        return AuthorityResolver(self.registry)

    @cached_property
    def _names(self) -> dict[str, set[str]]:
        """Every name, alias and place the resolver knows (built only for a name not found exactly)."""
        return self.resolver.names()

    def find(self, text: str, on: date | None = None) -> Found:
        typed = text.strip()
        number = self.registry.by_urn.get(typed) or self.registry.by_code.get(typed)
        if number:  # a code or URN names one authority whatever the date
            return Found(number)
        # a slug, or a name written out in full ('South Tyneside'), as of the date: 'dorset' in 2016 is the county's
        as_slug = "-".join("".join(c if c.isalnum() else " " for c in typed.lower()).split())
        slug = self.registry.by_slug.get(typed.lower()) or self.registry.by_slug.get(as_slug)
        if slug and (on is None or slug.exists_on(on) or "-" in typed):  # 'dorset-county-council' is what it says
            return Found(slug)
        if normalise(typed) in WORDS_NAMING_NO_COUNCIL:
            raise UsageError(f"'{typed}' names no one council: give the place's name")
        key = normalise(typed).replace(",", "")
        beginning = self._beginning(key)
        resolution = self.resolver.resolve(typed, on)
        if resolution.authority is not None and resolution.method in ("exact", "stripped"):
            chosen = resolution.authority
            official = key in {normalise(chosen.name).replace(",", ""), strip_generic(normalise(chosen.name))}
            others = [a for a in beginning if a is not chosen]
            if not official and others:  # 'Kingston' is short for two councils, not only the one it is an alias of
                raise UsageError(self._choose_between(typed, [chosen, *others]))
            return Found(chosen, self._note_if_dated(typed, chosen, on))
        if beginning:
            candidates = self._on(beginning, on)
            if len(candidates) == 1:
                gone = f", which did not exist on {on.isoformat()}" if on and not candidates[0].exists_on(on) else ""
                return Found(candidates[0], f"'{typed}' taken as {candidates[0].name}{gone}")
            raise UsageError(self._choose_between(typed, candidates))
        if resolution.authority is not None:  # a misspelling close to one council only
            return Found(resolution.authority, f"'{typed}' is not a council's name: taken as "
                                               f"{resolution.authority.name}")
        raise UsageError(f"no authority called '{typed}'{self._suggestions(key)}")

    def _beginning(self, key: str) -> list[Authority]:
        """Authorities one of whose names begins with the typed words (whole words: 'barking' but not 'bark')."""
        if len(key) < 3:
            return []
        codes = {code for name, found in self._names.items() if name == key or name.startswith(key + " ")
                 for code in found}
        return [self.registry.by_code[c] for c in sorted(codes)]

    def _on(self, candidates: list[Authority], on: date | None) -> list[Authority]:
        living = [a for a in candidates if (a.exists_on(on) if on else a.abolished is None)]
        return living or candidates

    def _note_if_dated(self, typed: str, chosen: Authority, on: date | None) -> str | None:
        if on is not None and normalise(chosen.name) != normalise(typed) and chosen.abolished is not None:
            return f"'{typed}' on {on.isoformat()} is {chosen.name}"
        return None

    @staticmethod
    def _choose_between(typed: str, candidates: list[Authority]) -> str:
        names = "; ".join(sorted(a.name for a in candidates))
        return f"'{typed}' could be any of: {names} (give more of the name)"

    def close_to(self, text: str, most: int = 3) -> list[Authority]:
        """The councils whose names (or the names they go by) look most like what was typed, best first."""
        from rapidfuzz import fuzz, process  # only a name not found exactly needs it

        key = normalise(text).replace(",", "")
        close = process.extract(key, list(self._names), scorer=fuzz.WRatio, limit=8)
        codes = dict.fromkeys(c for name, score, _ in close if score >= SUGGESTION_CUTOFF
                              for c in sorted(self._names[name]))
        return [self.registry.by_code[c] for c in codes][:most]

    def _suggestions(self, key: str) -> str:
        names = list(dict.fromkeys(a.name for a in self.close_to(key)))
        return f": did you mean {' or '.join(names)}?" if names else ""
