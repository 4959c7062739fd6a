"""Plain-text views of library results for the terminal (formatting only)."""

from __future__ import annotations

from typing import Any

from oversight.analysis.labels import label

KIND_WORDS = {"full_inspection": "Full inspection", "focused_visit": "Focused visit",
              "monitoring_visit": "Monitoring visit", "jtai": "Joint targeted area inspection", "other": "Other"}


COLUMN_HEADS = {"outstanding": "outst.", "good": "good", "requires_improvement": "RI", "inadequate": "inad.",
                "adequate": "adequate", "not_inspected": "none"}


def words(value: str | None) -> str:
    """A code as people read it, from the one vocabulary (analysis/labels.py)."""
    return label(value) or "-"


def _dates(event: dict[str, Any]) -> str:
    start, end = event.get("start_date"), event.get("end_date")
    if not start:
        return "date not known"
    return start if not end or end == start else f"{start} to {end}"


def timeline_text(result: dict[str, Any]) -> str:
    authority = result["authority"]
    number = f"URN {authority['urn']}" if authority.get("urn") else f"LA code {authority['la_code']}"
    lines = [f"{authority['name']} ({number}, {authority['region']})"]
    if authority.get("created"):
        lines.append(f"Created {authority['created']}")
    if authority.get("abolished"):
        successors = result.get("successors") or []
        heirs = " and ".join(s["name"] for s in successors)
        lines.append(f"Abolished {authority['abolished']}" + (
            f"; its children's services passed to {heirs}, whose timelines go on from here" if heirs else ""))
    if result["predecessors"]:
        lines.append("Includes the history of: " + ", ".join(p["name"] for p in result["predecessors"]))
    if not result["events"]:
        lines.append(f"No document in this record tells of an inspection or visit of {authority['name']}.")
    for event in result["events"]:
        title = KIND_WORDS.get(event["kind"], event["kind"])
        if event.get("visit_number"):
            title += f" {event['visit_number']}"
        if event.get("framework"):
            title += (f" ({event['framework'].upper().replace('_', '-')}"
                      f"{', ' + event['ilacs_type'] if event.get('ilacs_type') else ''})")
        flags = []
        if event["predecessor"]:
            flags.append(f"as {event['authority']}")
        if event["mentioned_only"]:
            flags.append("known only from later documents")
        elif event["secondary_only"]:
            flags.append("reported only by secondary sources")
        published = f", published {event['published_date']}" if event.get("published_date") else ""
        lines.append("")
        lines.append(f"{_dates(event)}{published}  {title}" + (f"  [{'; '.join(flags)}]" if flags else ""))
        changes = event.get("changes") or {}
        for area, grade in event["judgements"].items():
            change = changes.get(area)
            note = f"  ({change['direction']}, was {words(change['from'])})" if change else ""
            lines.append(f"    {words(area):48s} {words(grade)}{note}")
        for reported in event.get("reported_judgements", []):
            lines.append(f"    {words(reported['area']):48s} {words(reported['grade'])}  (reported in an account, "
                         f"not stated)")
        for focus in event.get("focus_areas", []):
            lines.append(f"    focus: {focus}")
        recurring = {r["item"] for r in event.get("recurring", [])}
        for index, item in enumerate(event["areas_for_improvement"]):
            mark = "  (recurs)" if index in recurring else ""
            lines.append(f"    - {item}{mark}")
        for disagreement in event.get("disagreements", []):
            lines.append(f"    ! sources disagree on {disagreement['field']}: kept {disagreement['kept']}, "
                         f"another says {disagreement['other']}")
        sources = ", ".join(_source(s) for s in event["sources"])
        lines.append(f"    sources: {sources}")
    if result["recurring_weaknesses"]:
        lines.append("")
        lines.append("Weaknesses named more than once:")
        for weakness in result["recurring_weaknesses"]:
            when = ", ".join(m["date"] or "?" for m in weakness["mentions"])
            lines.append(
                f"    {', '.join(weakness['themes']) or 'similar wording'}: {weakness['times']} times ({when})")
    return "\n".join(lines)


def _source(source: dict[str, Any]) -> str:
    """'inspection report (Ofsted)', or '... (Ofsted, in passing)' for a document that only mentions the event."""
    passing = ", in passing" if source.get("role") == "mentioned" else ""
    return f"{source['document_type'].replace('_', ' ')} ({source['speaker']}{passing})"


def stats_text(result: dict[str, Any]) -> str:
    counting = result.get("counting", {})
    rule = ""
    if counting.get("rule") == "official":
        provisional = "; provisional, that day is still to come" if counting["provisional"] else ""
        rule = (f" (counted as the official statistics count: inspections ended by then, reports published by "
                f"{counting['published_by']}{provisional})")
    lines = [f"England as at {result['as_at']}{rule}: {result['authorities']} authorities, {result['inspected']} "
             f"with a published full inspection in this record, {result['not_inspected']} with none in it"]
    for grade, count in result["overall"].items():
        lines.append(f"    {words(grade):32s} {count:4d}  {result['overall_share'][grade]:5.1f}%")
    lines.append("")
    # one column for every grade the picture counts (the pre-2013 'adequate' too), then those with none in the record
    columns = [*result["overall"], "not_inspected"]
    lines.append(f"    {'region':26s} " + " ".join(f"{COLUMN_HEADS.get(c, words(c)):>8s}" for c in columns)
                 + f" {'total':>6s}")
    for region, counts in result["by_region"].items():
        lines.append(f"    {region:26s} " + " ".join(f"{counts.get(c, 0):8d}" for c in columns)
                     + f" {counts['authorities']:6d}")
    lines.append("")
    for area, counts in result["by_judgement"].items():
        lines.append(f"    {words(area):48s} " + "  ".join(f"{words(g)} {n}" for g, n in counts.items()))
    movement = result["movement"]
    lines.append("")
    lines.append(f"    against their previous full inspection: {movement['improved']} improved, {movement['stayed']} "
                 f"stayed the same, {movement['declined']} declined, {movement['first_inspection']} first inspection")
    if result.get("standing"):
        lines.append("")
        lines.append(result["standing"]["text"])
    return "\n".join(lines)


def neighbours_text(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'':3s}{'authority':32s} {'published':10s}  overall / leaders / help and protection / children in care"]
    for row in rows:
        j = row["judgements"]
        grades = " / ".join(words(j.get(k)) for k in ("overall_effectiveness", "impact_of_leaders",
                                                      "help_and_protection"))
        care = j.get("children_in_care_and_care_leavers") or j.get("children_in_care") or j.get("children_looked_after")
        label = "   " if row["rank"] == 0 else f"{row['rank']:2d} "
        lines.append(f"{label}{row['authority']:32s} {row['published_date'] or 'not inspected':10s}  "
                     f"{grades} / {words(care)}")
    return "\n".join(lines)
