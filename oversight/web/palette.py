"""The grade colours every chart and the map share, chosen to meet WCAG 2.1 AA.

Each grade has a fill, the colour of text written on that fill (at least 4.5:1 against it), a short label written
on the shape so that colour is never the only cue, and a label for people. Every grade's fill is at least 3:1
against white, so a shape stands out from the page; the 'none' style (no full inspection in the record) is a pale
fill whose outline reaches 3:1 instead. Orange and red are darker than GOV.UK's #f47738 and #d4351c: the orange
so that it reaches 3:1 against white (with black text on it), the red so that the two stay apart for people who
see little difference between red and green.
"""

from __future__ import annotations

from dataclasses import dataclass

GRADES = ("outstanding", "good", "requires_improvement", "adequate", "inadequate")
NONE = "none"  # the key of the style for a council with no full inspection in the record
NOT_GRADED = "not_graded"  # inspected, but not graded in the judgement area a map shows

WHITE = "#ffffff"
BLACK = "#0b0c0c"  # GOV.UK's text colour


@dataclass(frozen=True)
class GradeStyle:
    """How one grade is drawn: its fill, the text on it, an optional outline, and its two labels."""

    key: str
    fill: str
    text: str
    short: str
    label: str
    outline: str | None = None  # drawn round the shape when the fill alone is too pale to see on white

    def as_json(self) -> dict[str, str | None]:
        return {"grade": self.key, "fill": self.fill, "text": self.text, "outline": self.outline,
                "short": self.short, "label": self.label}


PALETTE: dict[str, GradeStyle] = {
    "outstanding": GradeStyle("outstanding", "#00703c", WHITE, "O", "Outstanding"),
    "good": GradeStyle("good", "#1d70b8", WHITE, "G", "Good"),
    "requires_improvement": GradeStyle("requires_improvement", "#e07000", BLACK, "RI", "Requires improvement"),
    "adequate": GradeStyle("adequate", "#4c2c92", WHITE, "A", "Adequate"),
    "inadequate": GradeStyle("inadequate", "#a8231a", WHITE, "I", "Inadequate"),
    NONE: GradeStyle(NONE, "#f3f2f1", BLACK, "–", "No full inspection in this record", outline="#505a5f"),
    # a map of one judgement area: the council's latest full inspection gave no grade in it (an older framework)
    NOT_GRADED: GradeStyle(NOT_GRADED, "#b1b4b6", BLACK, "NG", "Not graded in this area at its latest full inspection",
                           outline="#505a5f"),
}


def style_for(grade: str | None) -> GradeStyle:
    """The style of a grade; None (no full inspection) gets the 'none' style. An unknown grade is an error."""
    key = NONE if grade is None else grade
    try:
        return PALETTE[key]
    except KeyError:
        raise ValueError(f"no colour for grade {grade!r}; known: {', '.join(PALETTE)}") from None


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a colour written '#rrggbb' (or '#rgb'): 0 for black, 1 for white."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two hex colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
