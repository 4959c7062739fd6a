"""An authority's journey: every event in order, what changed since the previous full inspection, and the
weaknesses named again at a later inspection or visit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from oversight.analysis.record import GRADE_ORDER, ResolvedEvent, load_events
from oversight.analysis.themes import WEAK_THEMES, themes_of
from oversight.reference import Authority
from oversight.store import Database

# Judgement areas that answer the same question across frameworks, for comparing one inspection with the last.
EQUIVALENT_AREAS: dict[str, tuple[str, ...]] = {
    "overall_effectiveness": ("overall_effectiveness",),
    "help_and_protection": ("help_and_protection",),
    "impact_of_leaders": ("impact_of_leaders", "leadership_management_governance", "leadership_and_management"),
    "children_in_care_and_care_leavers": ("children_in_care_and_care_leavers", "children_looked_after"),
    "children_in_care": ("children_in_care", "children_in_care_and_care_leavers", "children_looked_after"),
    "care_leavers": ("care_leavers", "children_in_care_and_care_leavers"),
    "children_looked_after": ("children_looked_after", "children_in_care_and_care_leavers"),
    "adoption_performance": ("adoption_performance",),
    "leadership_management_governance": ("leadership_management_governance", "impact_of_leaders"),
    "lscb": ("lscb",),
}
SAME_WORDS = 80  # token-set similarity that makes two items the same weakness on its own
SHARED_THEME_WORDS = 45  # ... and the lower similarity that does, with a specific theme in common


@dataclass(frozen=True)
class Recurrence:
    later_event: int
    later_item: int
    earlier_event: int
    earlier_item: int
    themes: tuple[str, ...]
    similarity: float


def changes(current: ResolvedEvent, previous: ResolvedEvent | None) -> dict[str, dict[str, Any]]:
    """Per judgement area: the previous grade, this one, and whether it improved, stayed or declined."""
    if previous is None:
        return {}
    out = {}
    for area, grade in current.judgements.items():
        before = next((previous.judgements[a] for a in EQUIVALENT_AREAS.get(area, (area,)) if a in previous.judgements),
                      None)
        if before is None:
            continue
        delta = GRADE_ORDER[grade] - GRADE_ORDER[before]
        out[area] = {"from": before, "to": grade,
                     "direction": "improved" if delta > 0 else "declined" if delta < 0 else "same"}
    return out


def same_weakness(later: str, earlier: str) -> tuple[bool, tuple[str, ...], float]:
    from rapidfuzz import fuzz  # only a timeline compares weaknesses

    similarity = fuzz.token_set_ratio(later.lower(), earlier.lower())
    shared = tuple(sorted(themes_of(later) & themes_of(earlier)))
    specific = [t for t in shared if t not in WEAK_THEMES]
    return (similarity >= SAME_WORDS or (bool(specific) and similarity >= SHARED_THEME_WORDS)), shared, similarity


def recurrences(events: list[ResolvedEvent]) -> list[Recurrence]:
    """Each improvement item matched to the most similar item of an earlier event, where they are the same weakness."""
    found = []
    ordered = [e for e in events if e.items and e.sort_date]
    for index, later in enumerate(ordered):
        for item_index, item in enumerate(later.items):
            best: Recurrence | None = None
            for earlier in ordered[:index]:
                if earlier.sort_date and later.sort_date and earlier.sort_date[:7] >= later.sort_date[:7]:
                    continue
                for earlier_index, previous in enumerate(earlier.items):
                    same, shared, similarity = same_weakness(item, previous)
                    if same and (best is None or similarity > best.similarity):
                        best = Recurrence(later.id, item_index, earlier.id, earlier_index, shared, similarity)
            if best:
                found.append(best)
    return found


def journey(database: Database, authority: Authority) -> dict[str, Any]:
    """The whole record of an authority (and of the authorities it replaced), in order."""
    registry = database.registry
    predecessors = _predecessors(registry, authority)
    codes = [authority.la_code] + [p.la_code for p in predecessors]
    events = load_events(database, codes)
    # changes are measured between inspections told by their own Ofsted report (a grade recalled by a later
    # document is shown in the journey but not used as a baseline)
    full = [e for e in events if e.kind == "full_inspection" and e.overall and not e.secondary_only
            and not e.mentioned_only]
    full.sort(key=lambda e: e.sort_date or "")
    found = recurrences(events)
    by_event: dict[int, list[Recurrence]] = {}
    for recurrence in found:
        by_event.setdefault(recurrence.later_event, []).append(recurrence)
    names = {a.la_code: a.name for a in [authority, *predecessors]}
    out_events = []
    for event in events:
        entry = event.as_json()
        entry["authority"] = names.get(event.authority_code or "", None)
        entry["predecessor"] = event.authority_code != authority.la_code
        if event in full:
            position = full.index(event)
            entry["changes"] = changes(event, full[position - 1] if position else None)
        entry["recurring"] = [
            {"item": r.later_item, "earlier_event": r.earlier_event, "earlier_item": r.earlier_item,
             "themes": list(r.themes), "similarity": round(r.similarity)}
            for r in by_event.get(event.id, [])
        ]
        out_events.append(entry)
    successors = [registry.by_code[c] for c in authority.successors if c in registry.by_code]
    return {
        "authority": {"name": authority.name, "urn": authority.urn, "la_code": authority.la_code,
                      "region": authority.region, "slug": authority.slug,
                      "created": authority.created.isoformat() if authority.created else None,
                      "abolished": authority.abolished.isoformat() if authority.abolished else None},
        "predecessors": [{"name": p.name, "la_code": p.la_code, "urn": p.urn} for p in predecessors],
        "successors": [{"name": a.name, "la_code": a.la_code, "urn": a.urn, "slug": a.slug} for a in successors],
        "events": out_events,
        "recurring_weaknesses": _recurring_summary(found, events),
    }


def _predecessors(registry, authority: Authority) -> list[Authority]:  # type: ignore[no-untyped-def]
    out, queue = [], list(authority.predecessors)
    while queue:
        code = queue.pop(0)
        if code in registry.by_code and registry.by_code[code] not in out:
            out.append(registry.by_code[code])
            queue.extend(registry.by_code[code].predecessors)
    return out


def _recurring_summary(found: list[Recurrence], events: list[ResolvedEvent]) -> list[dict[str, Any]]:
    by_id = {e.id: e for e in events}
    chains: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in found:
        root = (r.earlier_event, r.earlier_item)
        for key, chain in chains.items():
            if root in chain:
                root = key
                break
        chains.setdefault(root, [root]).append((r.later_event, r.later_item))
    summary = []
    for chain in chains.values():
        texts = [(by_id[e].sort_date, by_id[e].kind, by_id[e].items[i]) for e, i in chain]
        themes = sorted(frozenset.intersection(*(themes_of(t) for _, _, t in texts))) or sorted(themes_of(texts[-1][2]))
        # each inspection or visit counts once, however many of its items say the same thing
        mentions: dict[int, dict[str, Any]] = {}
        for (event_id, _), (day, kind, text) in zip(chain, texts, strict=True):
            mention = mentions.setdefault(event_id, {"date": day, "kind": kind, "event_id": event_id, "items": []})
            mention["items"].append(text)
        if len(mentions) < 2:
            continue
        summary.append({"themes": themes, "times": len(mentions),
                        "mentions": [{**m, "item": m["items"][0]} for m in mentions.values()]})
    return sorted(summary, key=lambda s: -s["times"])
