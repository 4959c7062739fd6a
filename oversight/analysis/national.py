"""The national picture at any date: each authority's latest graded full inspection published on or before it.

Counting rules (also in docs/counting.md):
- The authorities counted are those in existence on the date (152 before April 2019, 151 to March 2021, 152 to
  March 2023, 153 since), so an abolished council drops out the day its successors begin.
- A successor does not inherit its predecessor's grade: until its own first inspection it is counted as
  'not inspected' (as Ofsted's own statistics do).
- The latest inspection is chosen by publication date, from any framework: a SIF grade counts until an ILACS
  report replaces it; an 'adequate' from 2012-13 is shown as adequate, never as requires improvement.
- Only full inspections told by Ofsted's own report count; a grade reported only by the press or the council
  does not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from oversight.analysis.as_at import official_cutoff
from oversight.analysis.journey import EQUIVALENT_AREAS
from oversight.analysis.record import GRADE_ORDER, ResolvedEvent, load_events
from oversight.errors import NotFoundError
from oversight.reference import Authority
from oversight.store import Database

GRADES = ("outstanding", "good", "requires_improvement", "inadequate")
JUDGEMENT_AREAS = ("impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers",
                   "children_in_care", "care_leavers")


def latest_inspections(events: list[ResolvedEvent], as_at: date,
                       official: bool = False) -> dict[str, tuple[ResolvedEvent, ResolvedEvent | None]]:
    """For each authority code: (latest graded inspection published by the date, the one before it). With
    `official`, as Ofsted's official statistics count: inspections that had ended by the date and whose reports were
    published by the cut-off a month later (domain.md, section 8)."""
    day = as_at.isoformat()
    cutoff = official_cutoff(as_at).isoformat() if official else day
    by_authority: dict[str, list[ResolvedEvent]] = defaultdict(list)
    for event in events:
        if not (event.is_graded_inspection and event.authority_code and event.published_date <= cutoff):  # type: ignore[operator]
            continue
        if official and (event.end_date or event.start_date or event.published_date) > day:  # type: ignore[operator]
            continue
        by_authority[event.authority_code].append(event)
    out = {}
    for code, found in by_authority.items():
        found.sort(key=lambda e: (e.published_date, e.id))
        out[code] = (found[-1], found[-2] if len(found) > 1 else None)
    return out


def _count(values: list[str]) -> dict[str, int]:
    counts = Counter(values)
    out = {grade: counts.get(grade, 0) for grade in GRADES}
    if counts.get("adequate"):
        out["adequate"] = counts["adequate"]
    return out


def _shares(counts: dict[str, int], total: int) -> dict[str, float]:
    return {grade: round(100 * n / total, 1) if total else 0.0 for grade, n in counts.items()}


def national_picture(database: Database, as_at: date, authority: Authority | None = None,
                     events: list[ResolvedEvent] | None = None, official: bool = False) -> dict[str, Any]:
    """Counts and shares by overall grade, by region and by judgement area, movement against the previous
    inspection, and where one authority stands; with `official`, counted as Ofsted's official statistics count."""
    events = events if events is not None else load_events(database, kinds=["full_inspection"], with_items=False,
                                                           with_sources=False)
    authorities = database.registry.current(as_at)
    latest = latest_inspections(events, as_at, official)
    overall: list[str] = []
    by_region: dict[str, list[str]] = defaultdict(list)
    by_judgement: dict[str, list[str]] = defaultdict(list)
    movement: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for each in authorities:
        current, previous = latest.get(each.la_code, (None, None))
        region = each.region or "Unknown"
        if current is None:
            by_region[region].append("not_inspected")
            movement["not_inspected"] += 1
            rows.append({"authority": each.name, "slug": each.slug, "la_code": each.la_code, "region": region,
                         "overall": None, "published_date": None, "movement": None})
            continue
        grade = current.overall
        overall.append(grade)  # type: ignore[arg-type]
        by_region[region].append(grade)  # type: ignore[arg-type]
        for area in JUDGEMENT_AREAS:
            if area in current.judgements:
                by_judgement[area].append(current.judgements[area])
        if previous is None:
            direction = "first_inspection"
        else:
            delta = GRADE_ORDER[grade] - GRADE_ORDER[previous.overall]  # type: ignore[index]
            direction = "improved" if delta > 0 else "declined" if delta < 0 else "stayed"
        movement[direction] += 1
        rows.append({"authority": each.name, "slug": each.slug, "la_code": each.la_code, "region": region,
                     "overall": grade, "published_date": current.published_date, "framework": current.framework,
                     "judgements": {a: g for a, g in current.judgements.items() if a in JUDGEMENT_AREAS},
                     "previous": previous.overall if previous else None, "movement": direction})
    inspected = len(overall)
    overall_counts = _count(overall)
    result: dict[str, Any] = {
        "as_at": as_at.isoformat(),
        "counting": ({"rule": "official", "published_by": official_cutoff(as_at).isoformat(),
                      "provisional": official_cutoff(as_at) > date.today()}
                     if official else {"rule": "published", "published_by": as_at.isoformat()}),
        "authorities": len(authorities),
        "inspected": inspected,
        "not_inspected": len(authorities) - inspected,
        "overall": overall_counts,
        "overall_share": _shares(overall_counts, inspected),
        "by_region": {
            region: {**_count([g for g in grades if g != "not_inspected"]),
                     "not_inspected": grades.count("not_inspected"), "authorities": len(grades)}
            for region, grades in sorted(by_region.items())
        },
        "by_judgement": {area: _count(grades) for area, grades in by_judgement.items()},
        "movement": {key: movement.get(key, 0) for key in ("improved", "stayed", "declined", "first_inspection",
                                                             "not_inspected")},
        "authorities_detail": rows,
    }
    if authority is not None:
        result["standing"] = standing(authority, rows, overall_counts)
    return result


def standing(authority: Authority, rows: list[dict[str, Any]], counts: dict[str, int]) -> dict[str, Any]:
    row = next((r for r in rows if r["la_code"] == authority.la_code), None)
    if row is None:
        return {"authority": authority.name, "text": f"{authority.name} did not exist on this date"}
    if row["overall"] is None:
        return {"authority": authority.name, "grade": None,
                "text": f"{authority.name} had no full inspection published by this date"}
    grade = row["overall"]
    same = counts.get(grade, 0)
    words = grade.replace("_", " ")
    return {"authority": authority.name, "grade": grade, "of": same,
            "text": f"{authority.name} is one of {same} {words} (latest inspection published {row['published_date']})"}


def neighbours(database: Database, authority: Authority, as_at: date) -> list[dict[str, Any]]:
    """The authority's statistical neighbours, nearest first, each with its latest grades."""
    if not authority.statistical_neighbours:
        heirs = " and ".join(database.registry.by_code[c].name for c in authority.successors
                             if c in database.registry.by_code)
        gone = f" (abolished {authority.abolished.isoformat()}; see {heirs})" if authority.abolished and heirs else ""
        raise NotFoundError(f"{authority.name} has no statistical neighbours in the reference data: they are "
                            f"published for the councils of today{gone}")
    events = load_events(database, kinds=["full_inspection"], with_items=False, with_sources=False)
    latest = latest_inspections(events, as_at)
    out = []
    for rank, neighbour in enumerate([authority, *database.registry.neighbours(authority)]):
        current = latest.get(neighbour.la_code, (None, None))[0]
        out.append({"rank": rank, "authority": neighbour.name, "la_code": neighbour.la_code, "urn": neighbour.urn,
                    "region": neighbour.region, "published_date": current.published_date if current else None,
                    "framework": current.framework if current else None,
                    "judgements": current.judgements if current else {}})
    return out


__all__ = ["EQUIVALENT_AREAS", "GRADES", "latest_inspections", "national_picture", "neighbours", "standing"]


def national_series(database: Database, points: list[date]) -> list[dict[str, Any]]:
    """The picture at each date (e.g. every quarter end), counts only, from one load of the events."""
    events = load_events(database, kinds=["full_inspection"], with_items=False, with_sources=False)
    out = []
    for point in points:
        picture = national_picture(database, point, events=events)
        out.append({key: picture[key] for key in ("as_at", "authorities", "inspected", "not_inspected", "overall")})
    return out
