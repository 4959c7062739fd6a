"""The authorities that run children's services in England, current and abolished since 2013."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from oversight.errors import ReferenceDataError
from oversight.reference import vocabulary


@dataclass(frozen=True)
class Authority:
    """One children's services authority, with its identifiers and place in reorganisations."""

    la_code: str
    name: str
    urn: str | None
    gss_code: str | None
    region: str | None
    la_type: str | None
    population_0_25: int | None
    statistical_neighbours: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    created: date | None = None
    abolished: date | None = None
    domain: str | None = None  # the council's web domain, as la_lookup.csv gives it

    @property
    def slug(self) -> str:
        return "-".join("".join(c if c.isalnum() else " " for c in self.name.lower()).split())

    def exists_on(self, day: date) -> bool:
        return (self.created is None or self.created <= day) and (self.abolished is None or day < self.abolished)

    def as_json(self) -> dict[str, str | None]:
        return {"name": self.name, "urn": self.urn, "la_code": self.la_code}


@dataclass
class AuthorityRegistry:
    """All authorities, looked up by DfE code, URN or slug."""

    authorities: list[Authority]
    by_code: dict[str, Authority] = field(init=False)
    by_urn: dict[str, Authority] = field(init=False)
    by_slug: dict[str, Authority] = field(init=False)

    def __post_init__(self) -> None:
        self.by_code = {a.la_code: a for a in self.authorities}
        self.by_urn = {a.urn: a for a in self.authorities if a.urn}
        self.by_slug = {a.slug: a for a in self.authorities}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.authorities)

    def __len__(self) -> int:
        return len(self.authorities)

    def current(self, on: date | None = None) -> list[Authority]:
        day = on or date.today()
        return [a for a in self.authorities if a.exists_on(day)]

    def neighbours(self, authority: Authority) -> list[Authority]:
        return [self.by_code[c] for c in authority.statistical_neighbours if c in self.by_code]


def load_authorities(path: str | Path | None = None) -> AuthorityRegistry:
    """Build the registry from la_lookup.csv (bundled copy unless a path is given) and the vocabulary."""
    rows = _read_rows(path)
    successors_of = {code: succ for code, (_, succ) in vocabulary.REORGANISATIONS.items()}
    abolished_on = {code: date.fromisoformat(day) for code, (day, _) in vocabulary.REORGANISATIONS.items()}
    predecessors_of: dict[str, list[str]] = {}
    created_on: dict[str, date] = {}
    for code, (day, successors) in vocabulary.REORGANISATIONS.items():
        for successor in successors:
            predecessors_of.setdefault(successor, []).append(code)
            created_on[successor] = date.fromisoformat(day)

    records: list[dict[str, object]] = []
    for row in rows:
        code = row["la_code"].strip()
        ons_name = row["local_authority_ons_name"].strip()
        name = vocabulary.ABOLISHED_NAMES.get(code) or vocabulary.CANONICAL_NAMES.get(ons_name, ons_name)
        population = row.get("ons_population_0-25", "").strip()
        records.append(
            {
                "la_code": code,
                "name": name,
                "urn": row["urn"].strip() or None,
                "gss_code": row["la_code_new"].strip() or None,
                "region": row["region_name"].strip() or None,
                "la_type": row["ons_la_type"].strip() or None,
                "population_0_25": int(population) if population.isdigit() else None,
                "neighbours": tuple(c.strip() for c in row["stat_neighbours"].split(",") if c.strip()),
                "domain": row.get("domain", "").strip().lower() or None,
                # also_known_as is not used: its list is comma-separated and names hold commas ("BCP, Bournemouth,
                # Christchurch & Poole"), so the aliases it holds are kept, unambiguously, in the vocabulary.
                "also": [ons_name],
            }
        )
    for code, name, region in vocabulary.EXTRA_AUTHORITIES:
        records.append(
            {"la_code": code, "name": name, "urn": None, "gss_code": None, "region": region, "la_type": None,
             "population_0_25": None, "neighbours": (), "also": [], "domain": None}
        )

    known = {str(r["la_code"]) for r in records}
    for code in list(vocabulary.ALIASES) + list(vocabulary.REORGANISATIONS):
        if code not in known:
            raise ReferenceDataError(f"reference vocabulary names DfE code {code}, which no authority has")

    authorities = []
    for r in records:
        code = str(r["la_code"])
        aliases = [a for a in [*r["also"], *vocabulary.ALIASES.get(code, [])] if a != r["name"]]  # type: ignore[misc]
        authorities.append(
            Authority(
                la_code=code,
                name=str(r["name"]),
                urn=r["urn"],  # type: ignore[arg-type]
                gss_code=r["gss_code"],  # type: ignore[arg-type]
                region=r["region"],  # type: ignore[arg-type]
                la_type=r["la_type"],  # type: ignore[arg-type]
                population_0_25=r["population_0_25"],  # type: ignore[arg-type]
                statistical_neighbours=r["neighbours"],  # type: ignore[arg-type]
                aliases=tuple(dict.fromkeys(aliases)),
                predecessors=tuple(predecessors_of.get(code, ())),
                successors=tuple(successors_of.get(code, ())),
                created=created_on.get(code),
                abolished=abolished_on.get(code),
                domain=r["domain"],  # type: ignore[arg-type]
            )
        )
    return AuthorityRegistry(sorted(authorities, key=lambda a: a.name))


def _read_rows(path: str | Path | None) -> list[dict[str, str]]:
    try:
        if path is None:
            text = resources.files("oversight.reference").joinpath("data/la_lookup.csv").read_text("utf-8-sig")
        else:
            text = Path(path).read_text("utf-8-sig")
    except OSError as exc:
        raise ReferenceDataError(f"cannot read the authority table: {exc}") from None
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or "la_code" not in rows[0]:
        raise ReferenceDataError("the authority table has no la_code column")
    return rows
