"""Stories that tell of several councils at once: a pair named together, a count of councils and the grade it gives
them all, and a council told of only in comparison. Each page is written here to pin one behaviour."""

from __future__ import annotations

from pathlib import Path

from tests.test_accounts import _extracted, _subjects_and_mentioned


def test_a_pair_named_together_shares_the_clauses_dates(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Two London boroughs rated outstanding\n\nPublished 29 March 2016\n\nIn inspection reports published today "
        "Ofsted said Kensington and Chelsea, and Westminster children's services provide first-rate services.\n\n"
        "In its report on Westminster, Ofsted praised the quality of social work.\n"))
    assert sorted((e["local_authority"]["name"], e["published_date"]) for e in subjects) == [
        ("Kensington and Chelsea", "2016-03-29"), ("Westminster", "2016-03-29")]


def test_a_record_third_consecutive_grade_is_each_counted_councils_and_was_kept(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Record third outstanding\n\nPublished 12 December 2022\n\nTwo London boroughs have received a record "
        "third consecutive \"outstanding\" Ofsted rating for their children's services.\n\nKensington and Chelsea "
        "and Westminster deliver the service jointly. Inspectors praised the work of both.\n"))
    assert sorted((e["local_authority"]["name"], e["judgements"]) for e in subjects) == [
        ("Kensington and Chelsea", {"overall_effectiveness": "outstanding"}),
        ("Westminster", {"overall_effectiveness": "outstanding"})]
    assert sorted((e["local_authority"]["name"], e["judgements"]) for e in mentioned) == [
        ("Kensington and Chelsea", {"overall_effectiveness": "outstanding"}),
        ("Westminster", {"overall_effectiveness": "outstanding"})]


def test_a_council_compared_after_the_lead_is_a_mentioned_event_with_its_grade(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Ofsted gives first outstanding grades to two London councils\n\nPublished 29 March 2016\n\nTwo London "
        "boroughs have become the first to have their children's services rated \"outstanding\" under the single "
        "inspection framework.\n\nIn inspection reports published today Ofsted said Kensington and Chelsea, and "
        "Westminster provide first-rate services to children and young people.\n\nThe leader of one council said "
        "the verdict was a tribute to every social worker, foster carer and manager who had worked so hard for the "
        "children of the borough over many years.\n\nAlthough inspected separately "
        "the two authorities are part of an arrangement that has united the children's social services across "
        "three London councils. The third member, Hammersmith and Fulham, was rated good.\n"))
    assert sorted(e["local_authority"]["name"] for e in subjects) == ["Kensington and Chelsea", "Westminster"]
    assert [(e["local_authority"]["name"], e["kind"], e["judgements"]) for e in mentioned] == [
        ("Hammersmith and Fulham", "full_inspection", {"overall_effectiveness": "good"})]


def test_the_clauses_that_go_on_about_a_second_council_date_its_inspection(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Leeds outstanding, Calderdale good\n\nPublished 19 December 2018\n\nLeeds City Council's children's "
        "services have been rated 'outstanding' by Ofsted, while Calderdale MBC has achieved a 'good' rating.\n\n"
        "Inspectors who visited Leeds in October found strong partnerships.\n\nThe government issued directions to "
        "Calderdale between 2010 and 2013. The council was subsequently rated 'requires improvement' in 2015.\n\n"
        "An inspection in November has resulted in a 'good' rating.\n"))
    assert sorted((e["local_authority"]["name"], e["start_date"]) for e in subjects) == [
        ("Calderdale", "2018-11"), ("Leeds", "2018-10")]


def test_a_council_named_after_the_lead_without_a_grade_is_no_event(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Leeds rated outstanding\n\nPublished 19 December 2018\n\nLeeds City Council's children's services have "
        "been rated 'outstanding' by Ofsted after an inspection in October.\n\nThe council's leader said the "
        "verdict was a tribute to every social worker, foster carer and manager who had worked so hard for the "
        "children of the city over many years, and to the partners who had stood beside them.\n\nBradford "
        "Council's children's services were inspected by Ofsted too.\n"))
    assert [e["local_authority"]["name"] for e in subjects] == ["Leeds"]
    assert mentioned == []


def test_a_clause_after_a_paragraph_naming_two_councils_dates_neither_second_council(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Leeds outstanding, Calderdale good\n\nPublished 19 December 2018\n\nLeeds City Council's children's "
        "services have been rated 'outstanding' by Ofsted, while Calderdale MBC has achieved a 'good' rating.\n\n"
        "Inspectors who visited in October found strong partnerships.\n"))
    assert dict((e["local_authority"]["name"], e["start_date"]) for e in subjects)["Calderdale"] is None


def test_a_headline_that_counts_without_a_grade_gives_way_to_the_sentence_that_grades(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Two London boroughs get record third outstanding\n\nPublished 12 December 2022\n\nTwo London boroughs "
        "have received a record third consecutive \"outstanding\" Ofsted rating for their children's services.\n\n"
        "Kensington and Chelsea and Westminster deliver the service jointly. Inspectors praised the work of both.\n"))
    assert sorted((e["local_authority"]["name"], e["judgements"]) for e in subjects) == [
        ("Kensington and Chelsea", {"overall_effectiveness": "outstanding"}),
        ("Westminster", {"overall_effectiveness": "outstanding"})]
    assert sorted(e["local_authority"]["name"] for e in mentioned) == ["Kensington and Chelsea", "Westminster"]


def test_a_former_council_is_its_own_clauses_subject_not_the_pages(tmp_path: Path) -> None:
    # the clauses after a council named as one that no longer is go back to the page's council; a clause that goes
    # on about the former council ('..., which was rated inadequate in 2022') stays with it
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Cumberland Council has achieved a milestone 'Good' rating in its first-ever ILACS (Inspecting Local "
        "Authority Children's Services) inspection by Ofsted.\nThis rating marks a turning point following the "
        "challenges faced under the former Cumbria County Council.\nOfsted praised the council's strong leadership. "
        "The overall effectiveness of children's services was rated 'Good'.\n"))
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Cumberland", {"overall_effectiveness": "good"})] and mentioned == []
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Cumberland rated good\n\nPublished 2 May 2025\n\nCumberland Council's children's services have been "
        "rated good by Ofsted after an inspection in March. Children's services in the area were run by the former Cumbria County Council, which was rated inadequate "
        "in 2022.\n"))
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Cumberland", {"overall_effectiveness": "good"})]
    assert [(e["local_authority"]["name"], e["start_date"], e["judgements"]) for e in mentioned] == [
        ("Cumbria", "2022", {"overall_effectiveness": "inadequate"})]


def test_a_clause_that_names_one_council_is_that_ones_though_it_speaks_of_both(tmp_path: Path) -> None:
    # before, 'In both councils, ... the impact of leaders was judged outstanding in Richmond' gave both councils it
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Two councils, one trust\n\nPublished 7 November 2019\n\nKingston Council and Richmond Council have both had "
        "their children's services rated good by Ofsted after inspections in September. In both councils, help and "
        "protection was judged good, and the impact of leaders was judged outstanding in Richmond.\n"))
    assert {e["local_authority"]["name"]: e["judgements"].get("impact_of_leaders") for e in subjects} == {
        "Kingston upon Thames": None, "Richmond upon Thames": "outstanding"}


def test_each_council_of_a_round_up_is_told_in_its_own_paragraph(tmp_path: Path) -> None:
    events = _extracted(tmp_path, (
        "Mixed fortunes for three councils\nPublished 8 March 2024\n\nInspectors have handed down contrasting verdicts "
        "on three councils' children's services this week.\n\nSefton Council, which was judged inadequate in 2019, is "
        "now rated good overall. During the inspection, which ran from 15 to 26 January 2024, inspectors found help "
        "and protection good.\n\nInspectors who visited Tameside between 22 January and 2 February judged its "
        "services to require improvement to be good.\n\nMeanwhile Hartlepool Borough Council kept the outstanding "
        "rating it first achieved in 2021. After a short inspection between 5 and 9 February, inspectors graded every "
        "one of the five judgement areas outstanding.\n"))["events"]
    subjects = {e["local_authority"]["name"]: (e["start_date"], e["judgements"].get("overall_effectiveness"))
                for e in events if e["role"] == "subject"}
    assert subjects == {"Sefton": ("2024-01-15", "good"), "Tameside": ("2024-01-22", "requires_improvement"),
                        "Hartlepool": ("2024-02-05", "outstanding")}


def test_a_neighbour_the_story_compares_with_is_told_of_not_reported(tmp_path: Path) -> None:
    events = _extracted(tmp_path, (
        "Cheshire West and Chester focused visit\nPublished 24 May 2024\n\nOfsted has praised Cheshire West and "
        "Chester Council's children's services after a focused visit on 16 and 17 April 2024.\n\nThe findings are in "
        "contrast with neighbouring Cheshire East Council, whose children's services were rated inadequate by Ofsted "
        "in March.\n"))["events"]
    assert [(e["role"], e["local_authority"]["name"]) for e in events] == [
        ("subject", "Cheshire West and Chester"), ("mentioned", "Cheshire East")]


def test_a_place_name_that_is_also_a_word_is_the_council_inside_a_sentence(tmp_path: Path) -> None:
    events = _extracted(tmp_path, (
        "Richmond rated outstanding\nPublished 2 June 2023\n\nThe services are delivered by a company jointly owned by "
        "Richmond, Kingston and Windsor and Maidenhead councils. Inspectors visited Richmond between 13 and 24 March "
        "2023 and rated its children's services outstanding.\n"))["events"]
    assert [(e["role"], e["local_authority"]["name"], e["start_date"]) for e in events if e["role"] == "subject"] == [
        ("subject", "Richmond upon Thames", "2023-03-13")]


def test_north_and_west_northamptonshire_are_two_councils(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Both Northamptonshire councils told services require improvement\nPublished 26 November 2022\n\nChildren's "
        "services in North and West Northamptonshire have been rated requires improvement to be good, according to "
        "Ofsted reports published yesterday.\n"))
    assert sorted((e["local_authority"]["name"], e["judgements"]["overall_effectiveness"]) for e in subjects) == [
        ("North Northamptonshire", "requires_improvement"), ("West Northamptonshire", "requires_improvement")]


def test_councils_named_in_a_story_of_the_national_figures_are_examples(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "One in eight councils still failing vulnerable children\nPublished 9 August 2024\n\nMore than one in eight "
        "councils in England have children's services rated inadequate, according to official Ofsted figures.\n\nOf "
        "the 153 local authorities, 11 are rated inadequate. Among those currently rated inadequate are Cheshire "
        "East and Herefordshire.\n"))
    assert subjects == [] and {e["local_authority"]["name"] for e in mentioned} <= {"Cheshire East", "Herefordshire"}


def test_a_councillors_surname_is_no_council(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Staffordshire County Council\nMinutes of the meeting held on 6 December 2017\n\nThe Cabinet received a report "
        "from the Cabinet Member for Children and Young People, Cllr Mark Sutton, on the outcome of the Ofsted "
        "inspection of children's services carried out between 18 September and 12 October 2017.\n"))
    assert [(e["local_authority"]["name"], e["start_date"]) for e in subjects] == [("Staffordshire", "2017-09-18")]


def test_a_council_described_by_its_county_is_not_the_county(tmp_path: Path) -> None:
    events = _extracted(tmp_path, (
        "Round-up\nPublished 8 August 2023\n\nMedway Council's children's services have been rated good by Ofsted. "
        "Inspectors, who visited from 12 to 23 June, rated the Kent unitary good overall.\n"))["events"]
    assert {e["local_authority"]["name"] for e in events} == {"Medway"}


def test_visits_listed_after_a_judgement_take_no_grade(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Solihull Council\nMinutes of the meeting held on 12 March 2021\n\nThe Board was reminded that the Council's "
        "children's services had been judged inadequate following the full inspection in January 2019. Since the "
        "inadequate judgement there had been monitoring visits in 2019 and 2020.\n"))
    assert all(e["judgements"] == {} for e in mentioned if e["kind"] == "monitoring_visit")
