"""Grades by judgement area as councils and the press report them: in tables and lists, and in sentences.

Reports print a fixed table that `report.py` reads. Minutes, press releases and news reproduce that table in
every shape ("Overall effectiveness: Good", "| Care leavers | Good |", a PDF table whose cells fall on separate
lines) or tell the grades in prose ("care leavers were judged to require improvement", "rated good for help and
protection", "judged outstanding in every area"). The patterns are data in `genres.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from oversight.extract.shared import genres
from oversight.extract.shared.dates import A_YEAR
from oversight.extract.shared.vocabulary import SCALE_ENDS, grade_value

# The 2023 change: inspections from January 2023 judge children in care and care leavers apart (domain brief s4).
SPLIT_JUDGEMENTS_FROM = date(2023, 1, 1)


@dataclass(frozen=True)
class FoundGrade:
    """A grade for one judgement area, with the global offsets of the words that give it."""

    key: str
    grade: str
    start: int
    end: int
    how: str


def area_key(label: str) -> str | None:
    """The schema key of a judgement area named in words ('The experiences and progress of care leavers')."""
    for key, pattern in genres.JUDGEMENT_AREAS:
        if pattern.fullmatch(" ".join(label.split())):
            return key
    return None


# The single inspection framework's span (its first reports came in November 2013; ILACS began in January 2018),
# and the areas only it graded.
SIF_FROM, ILACS_FROM = date(2013, 11, 1), date(2018, 1, 1)
LATER_AREAS = ("impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers",
               "children_in_care_and_care_leavers")
SIF_ONLY = ("leadership_management_governance", "adoption_performance", "lscb", "children_looked_after")


# Which keys a judgement may be renamed to when named as the framework of its time (for its evidence).
RENAMED_TO = {
    "impact_of_leaders": ("leadership_management_governance",),
    "children_in_care": ("children_looked_after", "children_in_care_and_care_leavers"),
    "care_leavers": ("children_in_care_and_care_leavers",),
    "children_in_care_and_care_leavers": ("children_looked_after", "care_leavers", "children_in_care"),
}


def is_sif(judgements: dict[str, str], on: date | None) -> bool:
    if on is not None:
        return SIF_FROM <= on < ILACS_FROM
    return any(key in judgements for key in SIF_ONLY)


def all_area_keys(on: date | None) -> list[str]:
    """The judgement areas of an inspection on a date: what 'outstanding in every area' covers (the SIF's board
    review is a review beside the inspection, not one of its areas)."""
    if on is not None and SIF_FROM <= on < ILACS_FROM:
        return ["overall_effectiveness", "help_and_protection", "children_looked_after", "adoption_performance",
                "care_leavers", "leadership_management_governance"]
    care = ["children_in_care", "care_leavers"] if on and on >= SPLIT_JUDGEMENTS_FROM else [
        "children_in_care_and_care_leavers"]
    return ["overall_effectiveness", "impact_of_leaders", "help_and_protection", *care]


LIST_AFTER_COLON = 300  # how far a list after a colon may run for the names of the areas it lists


def _every_area_of(clause: str, on: date | None) -> list[str]:
    """The areas 'good in every area' covers: those of the framework of the inspection's date. With no date, a
    clause that lists the areas by the SIF's own names ('good in all categories: ... children looked after and
    achieving permanence ... Leadership, management and governance') covers those it names; otherwise the latest
    framework's."""
    if on is None:
        named = [key for key in _keys_in(clause) if key != "overall_effectiveness"]
        if set(named) & set(SIF_ONLY):
            return ["overall_effectiveness", *named]
    return all_area_keys(on)


# A header of year columns laid out with spaces ('      July 2018      January 2023'): each cell a year, perhaps
# after a month, with two or more spaces or a tab between cells.
_SPACED_YEAR_CELL = re.compile(r"(?:(?<=^)|(?<=[ \t]{2})|(?<=\t))(?:[A-Z][a-z]+\s)?(?:19|20)\d\d\b")
_SPACED_CELL = re.compile(r"\S(?:[^\n]*?\S)?(?=[ \t]{2,}|\t|$)")


@lru_cache(maxsize=16)
def _spaced_year_table(text: str) -> tuple[FoundGrade, ...]:
    """The rows of a table laid out with spaces under a header of year columns (minutes pasted from a report: 'Overall
    effectiveness   Requires improvement to be good   Good' under 'July 2018   January 2023'): each row's grade in
    the latest year's column, found by where that column starts on the header line."""
    found: list[FoundGrade] = []
    lines = list(re.finditer(r"[^\n]*", text))
    for index, header in enumerate(lines):
        cells = list(_SPACED_YEAR_CELL.finditer(header.group()))
        if len(cells) < 2 or genres.GRADE_WORD.search(header.group()):
            continue
        latest = max(cells, key=lambda cell: int(cell.group()[-4:]))
        column = latest.start()
        for row in lines[index + 1:]:
            line = row.group()
            if not line.strip():
                if found and row.start() > found[-1].end:
                    break
                continue
            row_cells = list(_SPACED_CELL.finditer(line))
            if len(row_cells) < 2:
                break
            key = area_key(row_cells[0].group())
            if key is None:
                break
            cell = next((c for c in row_cells[1:] if abs(c.start() - column) <= 3), None)
            grade = grade_value(cell.group().strip("*‘’'\"“” ")) if cell is not None else None
            if cell is not None and grade:
                found.append(FoundGrade(key, grade, row.start() + cell.start(), row.start() + cell.end(), "table"))
    return tuple(found)


def table_grades(text: str, start: int, end: int, laid_out: bool = False) -> list[FoundGrade]:
    """Rows of a judgement table or list: an area label followed, after nothing but separators, by a grade. Under a
    header of two or more grade columns ('2024 Grade', '2019 Grade'), a row is read only when it gives a grade in
    every column: with one cell empty, the text does not say whose grade the other is. With `laid_out`, only rows
    laid out as rows, not prose that lists areas and grades (`_laid_out`)."""
    found = []
    rows = list(genres.GRADE_ROW.finditer(text, start, end))
    for index, match in enumerate(rows):
        key = area_key(match["area"])
        grade = grade_value(_grade_words(match))
        if not key or not grade or (laid_out and not _laid_out(text, match)):
            continue
        in_columns = _cell_of_the_latest_year(text, match.start())
        if in_columns is not None:
            # a header of years on one line ('Judgement | 2019 inspection | 2022 inspection'): the latest year's
            # column is the inspection the page reports; a row without a grade in that cell gives none
            if in_columns[0] is not None:
                found.append(FoundGrade(key, in_columns[0], in_columns[1], in_columns[2], "table, latest column"))
            continue
        columns = _grade_columns(text, match.start())
        if columns > 1:
            following = rows[index + 1].start() if index + 1 < len(rows) else min(len(text), match.end() + 300)
            cells = len(_CELL.findall(text, match.start("grade"), following))
            if cells < columns:
                continue
        service = _service_heading_above(text, match.start()) if key == "overall_effectiveness" else None
        found.append(FoundGrade(service or key, grade, match.start(), match.end(),
                                "table, under the service's heading" if service else "table"))
    found.extend(g for g in _spaced_year_table(text) if start <= g.start < end)
    found.extend(_rows_without_an_earlier_grade(text, start, end, found))
    return found


# A heading of one of the two services of 2009-12, over the rows of its grades: 'Safeguarding services' / 'Overall
# effectiveness: Good'; 'Services for looked after children' / 'Overall effectiveness  Adequate'.
_SERVICE_HEADING = re.compile(r"^[ \t]*(?:(?P<safeguarding>safeguarding(?:\s+services)?)|(?:services\s+for\s+)?"
                              r"looked[\s-]+after\s+children(?:['’]s)?(?:\s+services)?)[ \t]*:?[ \t]*$", re.I | re.M)


def _service_heading_above(text: str, row: int) -> str | None:
    """The service whose heading stands within two lines above a row, if one does."""
    above = text[max(0, text.rfind("\n", 0, row) - 160): text.rfind("\n", 0, row) + 1]
    headings = list(_SERVICE_HEADING.finditer(above))
    if not headings or above.count("\n", headings[-1].end()) > 2:
        return None
    return "safeguarding" if headings[-1]["safeguarding"] else "looked_after_children"


def _rows_without_an_earlier_grade(text: str, start: int, end: int, found: list[FoundGrade]) -> list[FoundGrade]:
    """The rows of a table of years whose earlier cells hold no grade ('| Experiences and progress of care leavers |
    * | Requires improvement to be good |', a judgement the earlier framework did not have): the latest column's."""
    more = []
    for table_start, table_end in _tables_of_years(text):
        for line in re.finditer(r"[^\n]+", text[table_start:table_end]):
            line_start = table_start + line.start()
            if not start <= line_start < end or any(line_start <= g.start < table_start + line.end() for g in found):
                continue
            label = next((cell for cell in line.group().split("|") if cell.strip()), "")
            key = area_key(label)
            in_columns = _cell_of_the_latest_year(text, line_start + line.group().find(label))
            if key and in_columns is not None and in_columns[0] is not None:
                more.append(FoundGrade(key, in_columns[0], in_columns[1], in_columns[2], "table, latest column"))
    return more


def _laid_out(text: str, row: re.Match[str]) -> bool:
    """Whether a row is laid out as one: a separator or a line break between the label and the grade, or the label
    opening its line ('- Help and protection: Good', '| Care leavers | Good |'), not prose that names an area just
    before a grade ('found help and protection to be inadequate, children in care and care leavers requires
    improvement, and leadership inadequate')."""
    if re.search(r"[:|–—\t\n-]", text[row.end("area"): row.start("grade")]):
        return True
    opening = text[text.rfind("\n", 0, row.start()) + 1: row.start()]
    return not opening.strip(" \t-*•◼■▪|")


# A header line of two or more columns of years between bars ('Judgement | 2019 inspection | 2022 inspection').
# ('| Judgement | November 2019 | March 2023 |': a bar before the first cell, which names no year)
_YEAR_HEADER = re.compile(r"^[^\n|]*(?:\|[^\n|0-9]*(?=\|))?(?:\|[^\n|]*\b(?:19|20)\d\d\b[^\n|]*){2,}\|?[ \t]*$", re.M)


def _in_a_table_of_years(text: str, position: int) -> bool:
    """Whether the position is in the rows of a table under a header of year columns."""
    return any(start <= position < end for start, end in _tables_of_years(text))


@lru_cache(maxsize=8)
def _tables_of_years(text: str) -> tuple[tuple[int, int], ...]:
    """The rows under each header of year columns (_YEAR_HEADER), up to the first line without a bar."""
    tables = []
    for header in _YEAR_HEADER.finditer(text):
        end = header.end()
        for line in re.finditer(r"\n([^\n]*)", text[header.end():]):
            if "|" not in line.group(1):
                break
            end = header.end() + line.end()
        tables.append((header.end(), end))
    return tuple(tables)


def _cell_of_the_latest_year(text: str, position: int) -> tuple[str | None, int, int] | None:
    """For a row under a header of year columns on one line, the grade in the latest year's cell and where it is;
    None where no such header stands just above the row."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    header = None
    for candidate in _YEAR_HEADER.finditer(text, max(0, line_start - 600), line_start):
        header = candidate
    if header is None or "|" not in text[line_start:line_end] \
            or any("|" not in line for line in text[header.end(): line_start].strip("\n").split("\n") if line.strip()):
        return None  # (the header of this table: only its rows stand between)
    headings = header.group().split("|")
    if any(genres.NOT_OFSTEDS_COLUMN.search(cell) for cell in headings):
        # 'Area | Ofsted, November 2019 | Our self-assessment, March 2024': a comparison with the council's own
        # verdict, not a table of the inspection the page reports
        return None, line_start, line_end
    years = [(max(int(y) for y in A_YEAR.findall(cell)), index) for index, cell in enumerate(headings)
             if A_YEAR.search(cell)]
    column = max(years)[1]
    cells, offset = [], line_start
    for cell in text[line_start:line_end].split("|"):
        cells.append((cell, offset))
        offset += len(cell) + 1
    if column >= len(cells):
        return None, line_start, line_end
    cell, where = cells[column]
    grade = grade_value(cell.strip().strip("‘’'\"“”"))
    return grade, where, where + len(cell)


# A header of grade columns: '2024 Grade' and '2019 Grade' on lines of their own, or in one line between bars.
_COLUMN_HEADING = re.compile(r"^[ \t|]*(?:(?:19|20)\d\d|Current|Previous|Last)\s+(?:grade|judgement|rating)s?[ \t|]*$",
                             re.I | re.M)
_CELL = re.compile(rf"(?<![\w-]){genres.GRADE_WORDS}", re.I)


def _grade_columns(text: str, row: int) -> int:
    """How many grade columns the header just above a row names (0 or 1 where there is no such header)."""
    headings = list(_COLUMN_HEADING.finditer(text, max(0, row - 1500), row))
    if len(headings) < 2:
        return len(headings)
    # the headings of one header stand together: count back from the last while they are close
    count, last = 1, headings[-1]
    for heading in reversed(headings[:-1]):
        if last.start() - heading.end() > 40:
            break
        count, last = count + 1, heading
    return count


def prose_grades(text: str, start: int, end: int, on: date | None,
                 claimed: tuple[tuple[int, int], ...] = ()) -> list[FoundGrade]:
    """Grades told in a sentence (text[start:end] is one clause about the event). Words in a `claimed` span already
    give a grade to another event and give none here."""
    clause = text[start:end]
    found: list[FoundGrade] = []
    stop = _SENTENCE_STOP.search(text, start)
    if stop is not None and stop.group() == "?":
        return found  # a question states no grade ('Was that the first time Bradford had been judged inadequate?')
    if _in_a_table_of_years(text, start):
        # a row of a table whose columns are years ('| Overall effectiveness | Requires improvement | Good |'): the
        # table's reader gives the latest column's grade; read as words, the row would give the first
        return found
    if genres.RESPECTIVELY.search(clause):
        # 'Bury and Bolton were rated requires improvement and good respectively': which grade is whose rests on
        # the order of two lists, which these patterns do not pair; none is given rather than the wrong one
        return found

    def add(keys: list[str], match: re.Match[str], how: str) -> bool:
        words = _grade_words(match)
        grade = grade_value(words) or SCALE_ENDS.get(words.lower())
        before = clause[: _grade_start(match)]
        if any(start + match.start() < claim_end and claim_start < start + match.end()
               for claim_start, claim_end in claimed):
            return False
        hoped = genres.GRADE_HOPED.search(before) and not genres.GRADE_RANKED.search(before)
        if grade is None or hoped or genres.GRADE_DENIED.search(before) or genres.GRADE_OF_OTHERS.search(before):
            return False
        for key in keys:
            found.append(FoundGrade(key, grade, start + match.start(), start + match.end(), how))
        return True

    for match in genres.GRADE_EVERY_AREA.finditer(clause):
        # a clause that ends in a colon goes on in the list after it ('... in all categories:\n\n1. ...')
        listed = text[end: end + LIST_AFTER_COLON] if clause.rstrip().endswith(":") else ""
        excepted = genres.AREAS_EXCEPTED.match(text, start + match.end(), _sentence_end(text, start + match.end()))
        left_out = _keys_in(excepted["areas"]) if excepted else []
        if not left_out and genres.EXCEPTION_FOLLOWS.match(text, start + match.end()):
            continue  # 'good in every area bar one': which one, the text does not say
        # ('an inspection of safeguarding and looked after children services ... rated each area as adequate')
        covered = genres.SAFEGUARDING_AND_LOOKED_AFTER_KEYS if genres.SAFEGUARDING_AND_LOOKED_AFTER.search(clause) \
            else _every_area_of(clause + listed, on)
        if add([key for key in covered if not _overlaps(key, left_out)], match,
               "every area") and excepted and (excepted["grade"] or excepted["grade2"]):
            grade = grade_value(excepted["grade"] or excepted["grade2"])
            # only an area of the framework of the day: care leavers had no judgement of their own in 2018-22
            found.extend(FoundGrade(key, grade, excepted.start(), excepted.end(), "the area excepted")
                         for key in left_out if grade and (on is None or key in all_area_keys(on)))
    # the name of the inspections of 2009-12 ('safeguarding and looked after children services') names no area
    areas_text = genres.SAFEGUARDING_AND_LOOKED_AFTER.sub(lambda name: "_" * len(name.group()), clause)
    # (nor does one service's own overall effectiveness: 'the overall effectiveness of safeguarding services')
    areas_text = genres.ONE_SERVICES_OVERALL.sub(lambda name: "_" * len(name.group()), areas_text)
    # (the single inspection framework's title is the whole of the services: its grade is the overall one)
    areas_text = genres.SIF_TITLE.sub(lambda name: _AS_OVERALL.ljust(len(name.group()), "_"), areas_text)
    for match in genres.AREAS_ALL_GRADE.finditer(areas_text):
        if _AFTER_A_GRADE.match(match["areas"]):
            continue  # 'judged Good for ..., Good for the impact of leaders on social work practice, Requires
            # Improvement to be Good for ...': each area's grade stands before it
        # the areas after a turn only ('... to be good overall, | although the experiences and progress of children
        # in care and care leavers were judged good': not the overall grade)
        areas = re.split(r"\b(?:although|though|but|while|whilst|whereas)\b", match["areas"])[-1]
        add(_keys_in(areas), match, "areas, all one grade")
    for match in genres.GRADE_FOR_AREAS.finditer(areas_text):
        add(_keys_in(match["areas"]), match, "areas then grade")
    for match in genres.GRADE_FOR_LISTED_AREAS.finditer(areas_text):
        add(_keys_in(match["areas"]), match, "areas listed, then grade")
        for bare in genres.AREA_BARE_GRADE.finditer(areas_text, match.end()):
            add(_keys_in(bare["area"])[:1], bare, "an area and its grade going on with the list's verb")
    for match in genres.AREAS_GIVEN_GRADE.finditer(areas_text):
        add(_keys_in(match["areas"]), match, "grade then areas")
    for match in genres.GRADE_IN_AREAS.finditer(areas_text):
        if re.search(r"\boverall\s*[‘'\"“]?$", clause[: _grade_start(match)], re.I):
            continue  # "rated 'overall good' for its arrangements for children ...": the overall grade
        # the areas end where the sentence turns to something else (', with overall effectiveness as inadequate')
        areas = re.split(rf",\s+with\b|,?\s+(?:while|whilst|but|although|though|{genres.EXCEPTION_WORDS})\b",
                         match["areas"])[0]
        add(_keys_in(areas), match, "grade then areas")
    for match in genres.AREA_THEN_GRADE.finditer(areas_text):
        # the area named nearest before the grade: in 'X was judged RI for care, with overall effectiveness as
        # inadequate' the grade after 'overall effectiveness' is not the care grade
        keys = _keys_in(clause[match.start(): _grade_start(match)])[-1:]
        if keys == ["overall_effectiveness"] and genres.AREAS_BEFORE_GRADE.search(clause[: _grade_start(match)]):
            continue  # 'a few areas that were judged overall as good'
        if keys == ["overall_effectiveness"] and _OF_ONE_SERVICE.match(clause, match.end("area")):
            continue  # 'overall effectiveness of safeguarding was inadequate' (2009-12): one service's
        add(keys, match, "area then grade")
    for match in genres.GRADE_THEN_AREA.finditer(areas_text):
        add(_keys_in(match["area"])[:1], match, "grade then area")
    for match in genres.GRADE_OVERALL.finditer(clause):
        if genres.AREAS_BEFORE_GRADE.search(clause[: _grade_start(match)]):
            continue  # 'with a few areas that were judged overall as good': those areas', not the services'
        add(["overall_effectiveness"], match, "overall")
    for match in genres.GRADE_OTHER_AREAS.finditer(clause):
        add(all_area_keys(on), match, "every other area")  # last: the areas graded before keep their grades
    rated = genres.RATING_WORDS.search(clause) or re.search(genres.SERVICES_QUOTED_GRADE, clause, re.I) \
        or re.search(genres.SERVICES_PLAINLY_GRADED, clause, re.I)
    if not any(g.key == "overall_effectiveness" for g in found) and rated:
        for match in genres.GRADE_OF_SERVICES.finditer(clause):
            after = clause[match.end():]
            two_services = genres.SAFEGUARDING_AND_LOOKED_AFTER.search(clause)
            one = _ONE_OF_TWO_SERVICES.search(clause, two_services.end(), _grade_start(match)) if two_services else None
            if one is not None:
                # 'at the 2012 inspection of safeguarding and looked after children services, Croydon's
                # safeguarding services were judged adequate': that one service's grade
                safeguarding = one["safeguarding"] or one["safeguarding_judged"]
                service = "safeguarding" if safeguarding else "looked_after_children"
                if add([service], match, "one of the two services' grade"):
                    break
                continue
            if two_services is not None:
                # the two services' grade where it follows their name closely or is given to each, and is the
                # clause's only grade ('... looked after children's services at Lambeth were rated outstanding');
                # else none, and never
                # the overall grade ('rated inadequate ... following an inspection of safeguarding and looked
                # after children services', 'safeguarding services as inadequate and ... as adequate')
                near = 0 <= _grade_start(match) - two_services.end() <= _TWO_SERVICES_REACH
                each = re.search(r"\b(?:each|every|both)\s+(?:area|service|of\s+them)\b[^.;]{0,20}$",
                                 clause[: _grade_start(match)], re.I)  # '... rated each area as adequate'
                if (near or each) and len(genres.GRADE_WORD.findall(clause)) == 1 \
                        and add(genres.SAFEGUARDING_AND_LOOKED_AFTER_KEYS, match, "the two services' grade"):
                    break
                continue
            if _BOARD_OPENS.match(clause) or _board_before(text, start, clause):
                # 'The Wirral Safeguarding Children Board, which oversees how agencies work together to protect
                # children, was judged to require improvement': the board's review, never the services' grade
                if add(["lscb"], match, "the safeguarding board's grade"):
                    break
                continue
            if genres.SAFEGUARDING_INSPECTION.search(clause, 0, _grade_start(match)):
                if add(["safeguarding"], match, "the safeguarding inspection's grade"):
                    break
                continue
            one_judgement = _one_service_before(clause, match, on is not None and on < SIF_FROM)
            if one_judgement is not None:
                # 'Safeguarding services for children in Warrington have been judged adequate', 'The council's
                # capacity to improve was judged good' (inspections of 2009-12): one service's grade, or another
                # judgement, given as that judgement where the event is of those years, else not at all
                if on is not None and on < SIF_FROM:
                    add([one_judgement], match, "the grade of one service, or of the capacity to improve (2009-12)")
                continue
            if genres.AREAS_BEFORE_GRADE.search(clause[: _grade_start(match)]) \
                    or genres.GRADE_IN_SOME_AREAS.search(after) \
                    or (re.match(r"[’'\"”]?\s+the\s", after) and _keys_in(after[:150])) or (
                    re.match(r"[’'\"”]?\s+(?:for|in|on)\s(?!(?:19|20)\d\d\b)", after) and _keys_in(after[:120])):
                continue  # 'judged good in three areas', 'judged RI for care leavers': not the services' grade
            if _FOR_ONE_SERVICE_AFTER.match(after):
                # 'judged good for safeguarding when Ofsted last inspected in 2012': one service's (2009-12)
                if on is not None and on < SIF_FROM:
                    add(["safeguarding" if "safeguard" in after[:40].lower() else "looked_after_children"], match,
                        "the grade of one service (2009-12)")
                continue
            if _PART_OF_THE_SERVICE.search(clause, max(0, match.start() - 60), match.start()):
                continue  # 'the first time any part of the service has been rated good': a part's, not the whole's
            if _WHO_ELSE_RATED.search(clause, max(0, match.start() - 30), match.start()) \
                    or _PEOPLE_RATED.match(clause) or _CARE_ALONE_RATED.search(clause, 0, _grade_start(match)):
                continue  # 'Wolverhampton leaders rated outstanding', 'Bosses at ... have been rated outstanding'
            if any(g.start <= start + _grade_start(match) < g.end for g in found):
                continue  # the words already grade an area named further back ('The impact of leaders ... was
                # judged good')
            inside = clause[match.start(): _grade_start(match)]
            named_areas = _keys_in(inside)
            if (named_areas and named_areas != ["overall_effectiveness"]) \
                    or genres.NOT_THE_SERVICES_RATED.search(inside):
                continue  # 'judged the council's adoption services good', 'rated its fostering service as good'
            if not _keys_in(clause[max(0, match.start() - 60): match.start()]):
                if add(["overall_effectiveness"], match, "the services' grade"):
                    break
    _one_service_over_both(clause, start, found)
    if on is not None and on < SIF_FROM:
        _services_of_those_years(clause, start, found, add)
    _same_grade_for_the_areas_after(text, start, end, found)
    return found


# A grade given to one of the judgements of 2009-12 by name, in words or as a row: 'Safeguarding: adequate', 'found
# services for looked after children to be adequate', 'Capacity to improve: Good', 'rated both services adequate'.
_SERVICE_GRADED = re.compile(
    r"(?P<service>\bsafeguarding\b(?!\s+(?:children\s+)?(?:board|partnership))|\blooked[\s-]+after\s+children"
    r"|\bchildren\s+looked\s+after|\bcapacity\s+(?:\w+\s+){0,2}(?:to\s+improve|for\s+improvement)"
    r"|\bboth\s+(?:services|areas))(?:['’]s)?(?:\s+services?)?"
    r"(?:\s*[:|–—-]\s*|[^.;:|\n]{0,40}?\b(?:to\s+be|as|was|were|is|are|been|judged|rated|found)\s+"
    r"(?:(?:judged|rated|found)\s+)?(?:to\s+be\s+|as\s+)?)"
    rf"[‘'\"“]?(?P<grade>{genres.GRADE_WORDS})", re.I)


_ANOTHER_SERVICE = re.compile(r"\bsafeguarding\b|\blooked[\s-]+after\b|\bcapacity\b", re.I)


def _services_graded(clause: str) -> list[re.Match[str]]:
    """Each judgement of 2009-12 named with its grade, though an earlier one's words ran over it ('... looked after
    children services in 2010, safeguarding had been judged inadequate')."""
    joint = [(m.start(), m.end()) for m in genres.SAFEGUARDING_AND_LOOKED_AFTER.finditer(clause)]
    starts = [m.start() for m in re.finditer(r"\b(?:safeguarding|looked|children|capacity|both)\b", clause, re.I)
              if not any(a <= m.start() < b for a, b in joint)]  # (not within the two services' joint name)
    return [m for at in starts if (m := _SERVICE_GRADED.match(clause, at))
            and not _ANOTHER_SERVICE.search(clause, m.end("service"), m.start("grade"))]


def _one_service_over_both(clause: str, start: int, found: list[FoundGrade]) -> None:
    """A grade given to both services by their joint name is the one service's where that one is named just before
    it ('inspected Kent's safeguarding and looked after children services in 2010, safeguarding had been judged
    inadequate')."""
    for match in _services_graded(clause):
        service = match["service"].lower()
        if service.startswith(("both", "capacity")):
            continue
        named = "safeguarding" if service.startswith("safeguarding") else "looked_after_children"
        grade_at = start + match.start("grade")
        both = [g for g in found if g.start <= grade_at < g.end and g.key in genres.SAFEGUARDING_AND_LOOKED_AFTER_KEYS]
        if {g.key for g in both} == set(genres.SAFEGUARDING_AND_LOOKED_AFTER_KEYS):
            found[:] = [g for g in found if not (g in both and g.key != named)]


def _services_of_those_years(clause: str, start: int, found: list[FoundGrade], add: Any) -> None:
    """The two services' grades and the capacity to improve (2009-12), each under its own key; a grade the other
    readers took for the services' overall grade is that service's instead."""
    for match in _services_graded(clause):
        between = clause[match.end("service"): match.start("grade")]
        if _ANOTHER_SERVICE.search(between):
            continue  # ('... safeguarding and looked after children services, Warrington's safeguarding services
            # were judged adequate': the grade is the service's named nearest before it)
        service = match["service"].lower()
        keys = (genres.SAFEGUARDING_AND_LOOKED_AFTER_KEYS if service.startswith("both")
                else ["safeguarding"] if service.startswith("safeguarding")
                else ["capacity_for_improvement"] if service.startswith("capacity") else ["looked_after_children"])
        grade_at = start + match.start("grade")
        taken = [g for g in found if g.start <= grade_at < g.end or start + match.start() <= g.start < grade_at + 1]
        if any(g.key in keys for g in taken):
            continue
        for grade in taken:
            if grade.key == "overall_effectiveness":
                found.remove(grade)
        add([key for key in keys if key not in {g.key for g in found}], match, "the grade of a judgement of 2009-12")


_AS_OVERALL = "overall effectiveness"
_LOOKED_AFTER = re.compile(r"\blooked[\s-]+after\s+children|\bchildren\s+looked\s+after", re.I)


def _one_service_before(clause: str, match: re.Match[str], of_those_years: bool) -> str | None:
    """The 2009-12 judgement named nearest before a grade of the services, if one is: the safeguarding service, the
    capacity to improve, or (for an event of those years) the services for looked after children."""
    grade_at = _grade_start(match)
    judgements = [(genres.SAFEGUARDING_ALONE, "safeguarding", 90),
                  (genres.CAPACITY_TO_IMPROVE, "capacity_for_improvement", 60)]
    if of_those_years:
        judgements.append((_LOOKED_AFTER, "looked_after_children", 90))
    named = [(found.end(), key) for pattern, key, reach in judgements
             for found in pattern.finditer(clause, max(0, match.start() - reach), grade_at)]
    return max(named)[1] if named else None


# A clause whose subject is the safeguarding children board, with or without its place ('The Wirral Safeguarding
# Children Board, which ...'; 'The LSCB, which covers both boroughs, ...').
_BOARD_OPENS = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?:review|effectiveness)\s+of\s+the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?"
                          r"(?:Local\s+)?(?:Safeguarding\s+"
                          r"Children(?:[’']s)?\s+(?:Board|Partnership)|LSCB)\b"
                          # 'The board was judged to require improvement', after a sentence that names it
                          r"|\s*[Tt]he\s+[Bb]oard\s+(?:itself\s+)?(?:was|is|has\s+been)\s")


_VERB_OPENS = re.compile(r"\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b", re.I)


def _board_before(text: str, start: int, clause: str) -> bool:
    """Whether a clause that opens with its verb goes on from a sentence whose subject is the safeguarding board
    ('The Local Safeguarding Children Board, which covers both boroughs, | was judged good')."""
    if not _VERB_OPENS.match(clause):
        return False
    opening = max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return bool(_BOARD_OPENS.match(text, opening, start))


# Areas that open with 'for' follow their own grade ('judged Good for ..., Good for the impact of leaders, Requires
# Improvement to be Good for ...'): not a list of areas before one grade.
_AFTER_A_GRADE = re.compile(r"\s*(?:for|in|on|across)\b", re.I)
# Just before a verb of grading: the people rated, not the services ('Wolverhampton leaders rated outstanding').
_WHO_ELSE_RATED = re.compile(r"\b(?:leaders|leadership|bosses|managers|social\s+workers|staff|team)\s+"
                             r"(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+|are\s+|is\s+)?$", re.I)
# 'care' alone just before the grade's verb: a headline's short word for children in care ('... keep "good" Ofsted
# rating as care judged outstanding'), not the services (not "social care", "children's care").
_FOR_ONE_SERVICE_AFTER = re.compile(r"[’'\"”]?\s+(?:for|in)\s+(?:its\s+|their\s+|the\s+)?"
                                    r"(?:safeguarding\b(?!\s+(?:children\s+)?board)"
                                    r"|(?:services\s+for\s+)?looked[\s-]+after\s+children)", re.I)
_PART_OF_THE_SERVICE = re.compile(r"\b(?:any|one|a|some|no|every)\s+(?:other\s+)?parts?\s+of\s+(?:the|its|their)\s+"
                                  r"(?:\w+\s+)?services?\b[^.;]{0,20}$", re.I)
# ('care for looked-after youngsters rated good', a headline's)
_CARE_ALONE_RATED = re.compile(r"(?<!social\s)(?<![’']s\s)\bcare\s+(?:(?:for|of|given\s+to)\s+(?:[\w’'-]+\s+){1,3}?)?"
                               r"(?:was\s+|were\s+|is\s+|has\s+been\s+)?"
                               r"(?:judged|rated|graded|found)\s+(?:as\s+|to\s+be\s+)?[‘'\"“]?$", re.I)


_PEOPLE_RATED = re.compile(r"\s*(?:The\s+|Its\s+|Their\s+)?(?:council['’]s\s+)?(?:bosses|leaders|leadership\s+team"
                           r"|managers|social\s+workers|staff)\b", re.I)




def _same_grade_for_the_areas_after(text: str, start: int, end: int, found: list[FoundGrade]) -> None:
    """Areas given the grade just told ('judged good, as were the experiences and progress of children who need help
    and protection', 'rated requires improvement overall, and for the help and protection of children'): each area
    not graded already takes the grade told last before them, in the sentence or in a row of it."""
    shares = list(genres.SAME_GRADE_FOR_AREAS.finditer(text, start, end))
    if not shares:
        return
    told = found + table_grades(text, start, end)
    for match in shares:
        before = [g for g in told if g.start < match.start()]
        # the grade the words give themselves ('rated as good the services for ...'), else the last one told
        grade = grade_value(match["grade"]) if match["grade"] else \
            max(before, key=lambda g: g.start).grade if before else None
        if grade is None:
            continue
        graded = {g.key for g in told}
        for key in _keys_in(match["areas"]):
            if key not in graded and key != "overall_effectiveness":
                found.append(FoundGrade(key, grade, match.start(), match.end(), "the grade told just before, shared"))


_OF_ONE_SERVICE = re.compile(r"\s+(?:of|for)\s+(?:the\s+council['’]s\s+)?(?:safeguarding|(?:services\s+for\s+)?looked)",
                             re.I)
_ONE_OF_TWO_SERVICES = re.compile(r"\b(?:(?P<safeguarding>safeguarding)|looked[\s-]+after\s+children(?:['’]s)?)\s+"
                                  r"services?\b"
                                  # '... judged safeguarding in Sunderland to be adequate'
                                  r"|\b(?:judged|rated|graded|found)\s+(?:(?P<safeguarding_judged>safeguarding)"
                                  r"|(?:the\s+care\s+of\s+)?looked[\s-]+after\s+children)\b(?!\s+and\b)", re.I)
_TWO_SERVICES_REACH = 50  # how far after the name of the two services their grade may stand


_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)|\n")


def _sentence_end(text: str, at: int, reach: int = 300) -> int:
    """Where the sentence holding `at` ends (its stop, the end of its line, or `reach` characters on): a clause cut
    at ', which' may go on past its own end."""
    stop = _SENTENCE_STOP.search(text, at, min(len(text), at + reach))
    return stop.start() if stop else min(len(text), at + reach)


def _overlaps(key: str, others: list[str]) -> bool:
    """Whether a judgement area is one of `others` or holds or is held by one (the combined care judgement and the
    care leavers')."""
    return any(key == other or other in RENAMED_TO.get(key, ()) or key in RENAMED_TO.get(other, ())
               for other in others)


# The patterns that capture a grade's words, and the named groups they capture them under (one per alternative):
# 'grade', 'grade2', ... in the order of their numbers.
_GRADE_PATTERNS = (genres.GRADE_ROW, genres.GRADE_OF_SERVICES, genres.GRADE_OVERALL, genres.GRADE_EVERY_AREA,
                   genres.AREAS_ALL_GRADE, genres.GRADE_FOR_AREAS, genres.AREAS_GIVEN_GRADE, genres.GRADE_IN_AREAS,
                   genres.AREA_THEN_GRADE, genres.GRADE_THEN_AREA, genres.GRADE_OTHER_AREAS)
_GRADE_GROUPS = tuple(sorted({name for pattern in _GRADE_PATTERNS for name in pattern.groupindex
                              if re.fullmatch(r"grade\d*", name)}, key=lambda name: int(name[5:] or 1)))


def _grade_start(match: re.Match[str]) -> int:
    groups = match.groupdict()
    return next(match.start(name) for name in _GRADE_GROUPS if groups.get(name))


def _grade_words(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(groups[name] for name in _GRADE_GROUPS if groups.get(name))


def _keys_in(words: str) -> list[str]:
    """Every judgement area named in a stretch of words, in order, most specific names first."""
    keys: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for key, pattern in genres.JUDGEMENT_AREAS:
        for match in pattern.finditer(words):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            keys.append((match.start(), key))
    return [key for _, key in sorted(keys)]


def care_judgements_of_their_time(judgements: dict[str, str], on: date | None) -> list[str]:
    """Name the care judgements as the framework of the inspection's date did: before 2023 children in care and
    care leavers were one judgement, so prose that grades them apart alike ('care for children in care and support
    for care leavers ... were all judged outstanding') gives the combined one; from 2023 they are two, so a combined
    grade in prose gives both. In 2018-22 a grade for one of the two alone ('every area except care leavers, which
    was judged good') was no judgement of its own: it is left out, and the keys left out are returned."""
    combined = "children_in_care_and_care_leavers"
    if on is not None and on < SIF_FROM:
        # before the SIF the areas had other names, which prose rarely gives whole ('effectiveness of help',
        # 'quality of practice'): the later frameworks' keys would name areas that were not graded then; but the
        # services for looked after children were graded on their own then (2009-12), whatever the words call them
        if "children_in_care" in judgements and "children_in_care_and_care_leavers" not in judgements:
            judgements.setdefault("looked_after_children", judgements["children_in_care"])
        if "safeguarding" in judgements and "looked_after_children" in judgements:
            # the two services each had an overall effectiveness of their own, and the services none: an 'Overall
            # effectiveness' row under 'Safeguarding services' is that service's
            judgements.pop("overall_effectiveness", None)
        for key in (*LATER_AREAS, *SIF_ONLY):
            judgements.pop(key, None)
        return []
    if on is not None and on >= ILACS_FROM:
        for key in SIF_ONLY:  # ILACS grades none of these: the words were about an earlier inspection
            judgements.pop(key, None)
    if is_sif(judgements, on):
        # the SIF named these 'children looked after' and 'leadership, management and governance'
        for ilacs_key, sif_key in (("impact_of_leaders", "leadership_management_governance"),
                                   ("children_in_care", "children_looked_after"),
                                   (combined, "children_looked_after")):
            if ilacs_key in judgements:
                grade = judgements.pop(ilacs_key)
                judgements.setdefault(sif_key, grade)
                if ilacs_key == combined:
                    judgements.setdefault("care_leavers", grade)
        return []
    if on is None:
        return []
    if on < SPLIT_JUDGEMENTS_FROM and combined not in judgements and \
            judgements.get("children_in_care") is not None and \
            judgements.get("children_in_care") == judgements.get("care_leavers"):
        judgements[combined] = judgements.pop("children_in_care")
        judgements.pop("care_leavers")
    elif on >= SPLIT_JUDGEMENTS_FROM and combined in judgements:
        grade = judgements.pop(combined)
        judgements.setdefault("children_in_care", grade)
        judgements.setdefault("care_leavers", grade)
    if ILACS_FROM <= on < SPLIT_JUDGEMENTS_FROM:
        return [key for key in ("children_in_care", "care_leavers") if judgements.pop(key, None) is not None]
    return []


def merge_grades(event_judgements: dict[str, str], found: list[FoundGrade]) -> list[FoundGrade]:
    """Add grades not yet known (first found wins: callers pass table rows before prose); return those added."""
    added = []
    for grade in found:
        if grade.key not in event_judgements:
            event_judgements[grade.key] = grade.grade
            added.append(grade)
    return added
