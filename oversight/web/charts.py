"""Charts as SVG built on the server: no script, so they work under a strict Content-Security-Policy.

Each chart has a title and description for screen readers, text labels beside its colours, and the page that
shows it also shows a table of the same numbers.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from oversight.web.palette import NONE, style_for
from oversight.web.present import kind_label, long_date

GRADE_LEVEL = {"outstanding": 4, "good": 3, "requires_improvement": 2, "adequate": 2, "inadequate": 1}
SEGMENT_GAP = "#ffffff"  # a white line between stacked segments, so that neighbouring colours never touch


def _svg(width: int, height: int, title: str, description: str, body: list[str], label_id: str) -> Markup:
    return Markup(
        f'<svg class="oversight-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{label_id}-title {label_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{label_id}-title">{escape(title)}</title><desc id="{label_id}-desc">{escape(description)}</desc>'
        + "".join(body) + "</svg>")


def _year_fraction(day: str) -> float:
    parts = [int(p) for p in day.split("-")] + [7, 1]
    year, month = parts[0], parts[1]
    return year + (month - 1) / 12


def grade_counts_over_time(points: list[dict], grades: tuple[str, ...]) -> Markup:
    """Stacked bars: councils by overall grade at the end of each quarter."""
    if not points:
        return Markup("")
    width, height, left, bottom, top = 900, 320, 50, 40, 20
    plot_w, plot_h = width - left - 185, height - top - bottom  # room for the legend's longest label
    most = max(sum(p["overall"].get(g, 0) for g in grades) + p.get("not_inspected", 0) for p in points) or 1
    bar = plot_w / len(points)
    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#0b0c0c"/>']
    for tick in range(0, most + 1, max(1, most // 5)):
        y = top + plot_h - plot_h * tick / most
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">{tick}</text>'
                    f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#f3f2f1"/>')
    for index, point in enumerate(points):
        x = left + index * bar
        y = top + plot_h
        for grade in (*grades, NONE):
            count = point["overall"].get(grade, 0) if grade != NONE else point.get("not_inspected", 0)
            h = plot_h * count / most
            y -= h
            style = style_for(grade)
            if not count:
                continue
            body.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" height="{h:.1f}" '
                        f'fill="{style.fill}" stroke="{style.outline or SEGMENT_GAP}" stroke-width="1">'
                        f'<title>{escape(long_date(point["as_at"]))}: {count} '
                        f'{escape(style.label.lower())}</title></rect>')
        if point["as_at"].endswith("03-31") and int(point["as_at"][:4]) % 2 == 0:
            body.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                        f'font-size="12">{point["as_at"][:4]}</text>')
    for index, grade in enumerate((*grades, NONE)):
        y = top + 10 + index * 22
        style = style_for(grade)
        words = "No full inspection" if grade == NONE else style.label
        body.append(f'<rect x="{left + plot_w + 20}" y="{y - 10}" width="14" height="14" '
                    f'fill="{style.fill}" stroke="{style.outline or style.fill}"/>'
                    f'<text x="{left + plot_w + 40}" y="{y + 2}" font-size="13">{escape(words)}</text>')
    return _svg(width, height, "Councils by overall effectiveness at the end of each quarter",
                "Stacked bars, one per quarter; the table below gives the same numbers.", body, "national")


def journeys(rows: list[tuple[str, list[dict]]], start_year: int, end_year: int, label_id: str = "journey") -> Markup:
    """Judgement grades over time, one row per (label, events): a marker per graded inspection with its grade
    written in it, and a tick per visit. Used for one council's areas or for several councils' overall grades."""
    width, left, row_h, top = 900, 230, 44, 30
    height = top + row_h * len(rows) + 30
    span = max(end_year - start_year, 1)
    plot_w = width - left - 20

    def x_of(day: str) -> float:
        return left + plot_w * (_year_fraction(day) - start_year) / span

    body = []
    for year in range(start_year, end_year + 1):
        x = left + plot_w * (year - start_year) / span
        body.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 26}" stroke="#f3f2f1"/>'
                    f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle" font-size="12">{year}</text>')
    for index, (label, marks) in enumerate(rows):
        y = top + index * row_h + row_h / 2
        body.append(f'<text x="{left - 10}" y="{y + 4:.1f}" text-anchor="end" font-size="13">{escape(label)}</text>'
                    f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#b1b4b6"/>')
        for mark in marks:
            if not mark.get("date"):
                continue
            x = x_of(mark["date"])
            if mark.get("grade"):
                style = style_for(mark["grade"])
                body.append(
                    f'<g><title>{escape(long_date(mark["date"]))}: {escape(style.label.lower())}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="13" fill="{style.fill}"/>'
                    f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="11" font-weight="bold" '
                    f'fill="{style.text}">{escape(style.short)}</text></g>')
            else:
                what = kind_label(mark.get("label")) or "visit"
                body.append(f'<g><title>{escape(long_date(mark["date"]))}: {escape(what)}</title>'
                            f'<rect x="{x - 3:.1f}" y="{y - 12:.1f}" width="6" height="24" fill="#0b0c0c"/></g>')
    return _svg(width, height, "Grades over time", "Circles are graded inspections, with the grade's initial "
                "(O outstanding, G good, RI requires improvement, A adequate, I inadequate); black bars are "
                "visits. The tables on this page give the same facts.", body, label_id)


def quarter_ends(first: date, last: date) -> list[date]:
    out: list[date] = []
    year = first.year
    while True:
        for month, day in ((3, 31), (6, 30), (9, 30), (12, 31)):
            point = date(year, month, day)
            if point < first:
                continue
            if point > last:
                return out
            out.append(point)
        year += 1
