"""One inspection told by a report, a press release, a minute and a news story is one event with several sources.

Told events are matched on authority, kind and dates (partial dates and named months included). Where sources
disagree, Ofsted's own document wins over the council's, the council's over the press; the disagreement is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select

from oversight.store import Database, tables
from oversight.store.database import RESOLVED_STATE_KEY

# Who speaks with most authority about an inspection: Ofsted's own files, then the council, then the press. A
# letter or report copied onto another site is only as good as its publisher until Ofsted's file joins it.
SOURCE_RANK = {
    "inspection_report": 0, "focused_visit_letter": 0, "monitoring_visit_letter": 0, "jtai_letter": 0,
    "council_minutes": 1, "press_release": 1,
    "news_article": 2,
}
PUBLISHER_RANK = {"ofsted": 0, "council": 1, "press": 2, "other": 2}
OTHER_RANK = 3


def source_rank(document_type: str, publisher: str | None) -> int:
    """The weight of a document's word: by its publisher where known, never above what its genre allows."""
    by_genre = SOURCE_RANK.get(document_type, OTHER_RANK)
    return by_genre if publisher is None else max(by_genre, PUBLISHER_RANK.get(publisher, OTHER_RANK))
SCALAR_FIELDS = ("framework", "ilacs_type", "start_date", "end_date", "published_date", "visit_number",
                 "lead_inspector", "action_plan_due_date")
STATE_KEY = RESOLVED_STATE_KEY  # kept in the store, which marks the events stale


@dataclass
class Told:
    row_id: int
    document_id: int
    document_type: str
    rank: int
    data: dict[str, Any]
    sha256: str = ""
    position: int = 0

    @property
    def key(self) -> str:
        """The document's sha256 (its first 32 hexadecimal digits) and the event's place in it."""
        return f"{self.sha256[:32]}-{self.position}"

    @property
    def role(self) -> str:
        return self.data["role"]

    @property
    def order(self) -> tuple[int, int, int]:
        precision = len(self.data.get("start_date") or "")
        return (0 if self.role == "subject" else 1, self.rank, -precision)


@dataclass
class Cluster:
    authority_code: str
    kind: str
    members: list[Told] = field(default_factory=list)

    def dates(self) -> list[str]:
        return [d for t in self.members for d in (t.data.get("start_date"), t.data.get("end_date")) if d]

    def months(self) -> set[int]:
        return {int(d[5:7]) for d in self.dates() if len(d) >= 7}

    def overall(self) -> set[str]:
        return {t.data["judgements"]["overall_effectiveness"] for t in self.members
                if t.data.get("judgements", {}).get("overall_effectiveness")}


def _compatible_dates(told: dict[str, Any], cluster: Cluster) -> bool | None:
    """True/False when dates decide it, None when the told event has no dates."""
    mine = [d for d in (told.get("start_date"), told.get("end_date")) if d]
    theirs = cluster.dates()
    if not mine or not theirs:
        return None
    start, end = min(mine), max(mine)
    their_start, their_end = min(theirs), max(theirs)
    # compare at the coarser precision of each pair of ends
    def before(a: str, b: str) -> bool:
        n = min(len(a), len(b))
        return a[:n] <= b[:n]
    return before(start, their_end) and before(their_start, end)


def _choose(cluster_list: list[Cluster], told: Told) -> Cluster | None:
    decided = [c for c in cluster_list if _compatible_dates(told.data, c)]
    if decided:
        return decided[0]
    by_report = [c for c in cluster_list if _named_by_its_report(told, c)]
    if len(by_report) == 1:
        return by_report[0]
    if any(_compatible_dates(told.data, c) is False for c in cluster_list) and told.data.get("start_date"):
        return None
    if told.data.get("start_date"):
        return None
    # no dates: the one event of this kind whose months and overall grade fit, if exactly one does
    months = set(told.data.get("months_named") or [])
    overall = (told.data.get("judgements") or {}).get("overall_effectiveness")
    fitting = [c for c in cluster_list
               if (not months or not c.months() or c.months() & months)
               and (not overall or not c.overall() or overall in c.overall())]
    if len(fitting) == 1:
        return fitting[0]
    return None


def _named_by_its_report(told: Told, cluster: Cluster) -> bool:
    """A later document names an inspection by the month its report came out ('the last inspection in August 2013'
    for the inspection of 15-19 July 2013, published 23 August): a mention dated to that month, whose grade agrees,
    is that inspection."""
    when = told.data.get("start_date") or ""
    if told.role != "mentioned" or len(when) != 7:
        return False
    published = {t.data.get("published_date", "")[:7] for t in cluster.members if t.data.get("published_date")}
    overall = (told.data.get("judgements") or {}).get("overall_effectiveness")
    return when in published and (not overall or not cluster.overall() or overall in cluster.overall())


def build_clusters(told_events: list[Told]) -> list[Cluster]:
    groups: dict[tuple[str, str], list[Cluster]] = {}
    for told in sorted(told_events, key=lambda t: t.order):
        code = (told.data.get("local_authority") or {}).get("la_code")
        if not code:
            continue
        key = (code, told.data["kind"])
        clusters = groups.setdefault(key, [])
        target = _choose(clusters, told)
        if target is None:
            target = Cluster(code, told.data["kind"])
            clusters.append(target)
        target.members.append(told)
    return [c for clusters in groups.values() for c in clusters]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.startswith(b) or b.startswith(a)
    return a == b


def _within(value: str, start: str, end: str) -> bool:
    n = len(value)
    return start[:n] <= value <= end[:n]


def settle(cluster: Cluster) -> dict[str, Any]:
    """The values of a resolved event: the best source's, with every disagreement kept."""
    members = sorted(cluster.members, key=lambda t: t.order)
    values: dict[str, Any] = {}
    disagreements: list[dict[str, Any]] = []
    best = members[0].data
    span = [d for d in (best.get("start_date"), best.get("end_date")) if d]
    for name in SCALAR_FIELDS:
        chosen = None
        for told in members:
            value = told.data.get(name)
            if value in (None, "", []):
                continue
            if chosen is None:
                chosen = (value, told)
            elif name in ("start_date", "end_date") and span and _within(value, min(span), max(span)):
                continue  # a vaguer date ('2023-02', 'a year and a half ago') inside the event's own dates
            elif not _same(value, chosen[0]):
                disagreements.append({"field": name, "kept": chosen[0], "kept_from": chosen[1].document_id,
                                      "other": value, "other_from": told.document_id})
            elif name.endswith("_date") and isinstance(value, str) and len(value) > len(chosen[0]) \
                    and told.rank <= chosen[1].rank:
                chosen = (value, told)
        values[name] = chosen[0] if chosen else None
    judgements: dict[str, tuple[str, int]] = {}
    for told in members:
        for area, grade in (told.data.get("judgements") or {}).items():
            if area not in judgements:
                judgements[area] = (grade, told.document_id)
            elif judgements[area][0] != grade:
                disagreements.append({"field": f"judgements.{area}", "kept": judgements[area][0],
                                      "kept_from": judgements[area][1], "other": grade,
                                      "other_from": told.document_id})
    # grades a news story gave only in its prose: shown as reported, never as the event's, and only where no
    # source states that judgement
    reported: list[dict[str, Any]] = []
    for told in members:
        for area, grade in (told.data.get("reported_judgements") or {}).items():
            if area not in judgements and not any((r["area"], r["grade"]) == (area, grade) for r in reported):
                reported.append({"area": area, "grade": grade, "document_id": told.document_id,
                                 "field": f"events[{told.position}].reported_judgements.{area}"})
    items_from = next((t for t in members if t.data.get("areas_for_improvement")), None)

    def listed(name: str) -> Any:
        return next((t.data[name] for t in members if t.data.get(name)), [])

    return {
        **values,
        "judgements": judgements,
        "items": (items_from.data["areas_for_improvement"], items_from.document_id) if items_from else ([], None),
        "details": {"inspectors": listed("inspectors"), "focus_areas": listed("focus_areas"),
                    "strengths": listed("strengths"), "disagreements": disagreements, "reported": reported,
                    "mentioned_only": all(t.role == "mentioned" for t in members)},
        "secondary_only": all(t.rank > 0 for t in members),
        "mentioned_only": all(t.role == "mentioned" for t in members),
    }


def rebuild_events(database: Database) -> int:
    """Recompute every resolved event from what the documents tell, in one transaction (bulk inserts)."""
    with database.engine.begin() as connection:
        told_events, documents = tables.told_events, tables.documents
        rows = connection.execute(select(told_events.c.id, told_events.c.document_id, told_events.c.data,
                                         told_events.c.position, documents.c.document_type, documents.c.publisher,
                                         documents.c.sha256)
                                  .join(documents, documents.c.id == told_events.c.document_id)).all()
        # in the order of the documents' contents, not of their ids, so that a fresh ingest of the same files in
        # another order resolves the same events with the same keys
        told = sorted((Told(r.id, r.document_id, r.document_type, source_rank(r.document_type, r.publisher), r.data,
                            r.sha256, r.position) for r in rows), key=lambda t: (t.sha256, t.position))
        connection.execute(delete(tables.event_sources))
        connection.execute(delete(tables.improvement_items))
        connection.execute(delete(tables.judgements))
        connection.execute(delete(tables.events))
        events: list[dict[str, Any]] = []
        judgements: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        sources: list[dict[str, Any]] = []
        for event_id, cluster in enumerate(build_clusters(told), start=1):
            settled = settle(cluster)
            key = min(cluster.members, key=lambda t: (t.order, t.key)).key  # its most authoritative telling
            events.append({
                "id": event_id, "key": key, "authority_code": cluster.authority_code, "kind": cluster.kind,
                **{name: settled[name] for name in SCALAR_FIELDS},
                "secondary_only": settled["secondary_only"],
                "sort_date": settled["start_date"] or settled["published_date"] or settled["end_date"],
                "details": settled["details"],
            })
            judgements.extend({"event_id": event_id, "area": area, "grade": grade, "document_id": document}
                              for area, (grade, document) in settled["judgements"].items())
            listed, items_document = settled["items"]
            items.extend({"event_id": event_id, "key": f"{key}.{i + 1}", "position": i, "text": item,
                          "document_id": items_document} for i, item in enumerate(listed))
            sources.extend({"event_id": event_id, "told_event_id": t.row_id, "document_id": t.document_id,
                            "role": t.role, "rank": t.rank} for t in cluster.members)
        for table, values in ((tables.events, events), (tables.judgements, judgements),
                              (tables.improvement_items, items), (tables.event_sources, sources)):
            if values:
                connection.execute(insert(table), values)
        _set_state(connection, _fingerprint(connection))
    return len(events)


def _fingerprint(connection) -> str:  # type: ignore[no-untyped-def]
    documents = tables.documents
    count, highest = connection.execute(select(func.count(documents.c.id), func.max(documents.c.id))).one()
    return f"{count}:{highest}"


def _set_state(connection, value: str) -> None:  # type: ignore[no-untyped-def]
    connection.execute(delete(tables.state).where(tables.state.c.key == STATE_KEY))
    connection.execute(insert(tables.state).values(key=STATE_KEY, value=value))


def resolve_if_stale(database: Database) -> int | None:
    """Rebuild the resolved events when documents have changed since they were last built."""
    with database.engine.connect() as connection:
        state = connection.execute(select(tables.state.c.value).where(tables.state.c.key == STATE_KEY)).scalar()
        current = _fingerprint(connection)
    if state == current:
        return None
    return rebuild_events(database)
