"""People named with their roles: layouts and phrasings real pages showed the rules missing."""

from __future__ import annotations

import pytest

from oversight.extract.shared.people import find_people


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_people(text)}


def test_news_bylines_printed_as_layout() -> None:
    assert _people("Council moves out of inadequate\n\nJoe Example\nTuesday, September 5, 2017\n\nText.")[
        "Joe Example"] == "reporter"
    assert _people("Sam Writer 06 April 2016\n\nA council has been rated.")["Sam Writer"] == "reporter"
    assert _people("Headline\n\nby Gemma Sample\n\nText.")["Gemma Sample"] == "reporter"


def test_a_name_after_a_word_no_name_has_is_still_found() -> None:
    found = _people("Oxfordshire County Council's Cabinet Member for Children, Education and Families Melinda "
                    "Example said: \"We are proud.\"")
    assert found == {"Melinda Example": "cabinet member"}


def test_a_role_before_the_name_is_not_lost_to_an_earlier_verb() -> None:
    found = _people("It follows an inspection by Ofsted during January - and council leader Councillor Shaun "
                    "Example hailed it.")
    assert found["Shaun Example"] == "council leader"
    found = _people("It said that the appointment of county council chief executive Donna Example in 2023 had "
                    "helped.")
    assert found["Donna Example"] == "chief executive"


def test_a_picture_position_between_name_and_role() -> None:
    found = _people("Cllr Colin Example, (left) the council's executive member for children, said: \"Good.\"")
    assert found["Colin Example"] == "cabinet member"


def test_a_role_given_with_as() -> None:
    found = _people("Ofsted said the appointment of James Example as interim director of children's services had "
                    "helped.")
    assert found["James Example"] == "interim director of children's services"


def test_bylines_in_capitals_before_an_address_and_in_a_standfirst() -> None:
    people = {p.name: p.role for p in find_people(
        "Example Express\n\nInspection brings good and bad news\n\n- SAM EXAMPLE sam.example@paper.co.uk @SamEx\n\n"
        "Children's services in Stockport have been judged good.\n")}
    assert people == {"Sam Example": "reporter"}
    people = {p.name: p.role for p in find_people(
        "Best practice\n\nA council-run children's home has been rated outstanding. Jo Sample finds out how it "
        "works.\n")}
    assert people == {"Jo Sample": "reporter"}


def test_an_assistant_mayor_is_a_cabinet_member_not_the_mayor() -> None:
    people = _people("Councillor Sam Example, Assistant City Mayor with responsibility for Children and Schools, "
                     "told the meeting that the plan was on track.")
    assert people["Sam Example"] == "cabinet member"


def test_roles_as_real_pages_give_them() -> None:
    assert _people("Sam Example, director of Hackney's children and families service, said: 'We are proud.'") == {
        "Sam Example": "director of children's services"}
    assert _people("And Jo Example, director of the council's children, schools and families department, said "
                   "it was fair.") == {"Jo Example": "director of children's services"}
    assert _people("Alex Example, head of children's services in Cornwall, resigned.") == {
        "Alex Example": "director of children's services"}
    assert _people("Cllr Pat Example (Cons), leader of North Northamptonshire Council, said it was welcome.") == {
        "Pat Example": "council leader"}
    # a role before the name, after a comma: not the role of the person named before the comma
    assert _people("In a letter to Director of Children's Services and Chief Executive Kim Example, inspector "
                   "Lee Sample said the work was good.")["Lee Sample"] == "inspector"


def test_roles_after_our_a_trusts_ceo_and_an_executive_councillor() -> None:
    found = _people("As Sam Example, our Director of Children's and Young People's Futures, has said, the work "
                    "goes on. \"We agree,\" said Trust CEO Alex Sample. Coun Pat Trial, executive councillor for "
                    "children's services, said: \"Thank you.\"")
    assert found == {"Sam Example": "director of children's services", "Alex Sample": "chief executive",
                     "Pat Trial": "cabinet member"}


def test_a_role_at_the_end_of_a_clause_after_the_name_is_someone_elses() -> None:
    found = _people("Our new corporate director for children's services, Dana Example, began a programme of "
                    "improvement under the watch of the former cabinet member for children's services.")
    assert found == {"Dana Example": "director of children's services"}


def test_two_people_named_with_their_roles_in_one_phrase_keep_their_own() -> None:
    assert _people("Council leader Mike Jones and chief executive Steve Robinson, who is also chair of the "
                   "Children's Trust, said that decisive action was needed.") == {"Mike Jones": "council leader", "Steve Robinson": "chief executive"}


def test_a_place_before_a_street_in_an_address_block_is_no_one() -> None:
    assert _people("Shona Gallagher Director of Children's Services South Tyneside Westoe Road South Shields "
                   "NE33 2RL") == {"Shona Gallagher": "director of children's services"}


def test_an_outlets_name_above_the_date_is_no_reporter() -> None:
    assert _people("Wigan children's services rated good\nWigan Today\nFriday 22 November 2019\n\nText.") == {}
    assert _people("Headline\n\nCommunity Care\n15 August 2025\n\nText.") == {}


def test_the_words_of_a_portfolio_are_no_name() -> None:
    found = _people("Cllr Ann Example, Cabinet Member for Children's Services and Early Years, said she was pleased.")
    assert found == {"Ann Example": "cabinet member"}


@pytest.mark.parametrize("sentence", [
    "Opposition leader Azhar Example said the council had failed children.",
    "The council appointed Tony Example, a former director of children's services, as commissioner.",
    "Jo Example, a former council chief executive, will chair the board.",
    "Ella Example, who was previously interim director of children's services at Doncaster Council, has been "
    "appointed commissioner in Sandwell.",
])
def test_a_role_not_held_here_is_not_given(sentence: str) -> None:
    assert all(role not in ("council leader", "director of children's services", "chief executive")
               for role in _people(sentence).values())


def test_a_deputy_mayor_with_a_portfolio_is_a_cabinet_member() -> None:
    assert _people("Councillor Sarah Example, deputy city mayor with responsibility for children, said the report "
                   "was fair.") == {"Sarah Example": "cabinet member"}


def test_the_chairs_minutes_name_in_each_layout() -> None:
    people = _people(
        "Present: Councillors Smith (Chair), Patel and Wright.\n\nChair: Cllr Anna Smith\nVice-chair: Cllr Tom Jones\n\n"
        "The Chair, Councillor Ann Stone, thanked officers. Councillor Jo Ray (Chair) welcomed members. Councillor "
        "Bill Roe, chairman of the committee, said the report was welcome.\n")
    assert people == {"Smith": "chair", "Anna Smith": "chair", "Tom Jones": "vice-chair", "Ann Stone": "chair",
                      "Jo Ray": "chair", "Bill Roe": "chair"}


def test_a_chair_of_another_body_is_not_the_meetings() -> None:
    assert _people("Cllr Peter Lee, chair of governors at a local school, also spoke.\n") == {}


def test_surnames_that_are_words_of_an_address_after_a_title() -> None:
    # (round ten: 'Cllr Frazer Lane, cabinet member ...' was lost, 'Lane' being a street's word)
    assert _people("Cllr Pat Lane, cabinet member for children's services, said so.") == {"Pat Lane": "cabinet member"}
    assert _people("Mrs Jo Hall, the council leader, welcomed it.") == {"Jo Hall": "council leader"}
    # without a title they stay words of an address
    assert _people("Sam Example Director of Children's Services Westoe Road") == {
        "Sam Example": "director of children's services"}


def test_commissioners_ofsteds_officers_and_committee_chairs() -> None:
    assert _people("Government commissioner Ann Example recommended a trust.") == {"Ann Example": "commissioner"}
    assert _people("Bea Example, the Children's Commissioner for England, said it was worrying.") == {
        "Bea Example": "children's commissioner"}
    assert _people("Ofsted's national director for social care, Cy Example, said: \"It is encouraging.\"") == {
        "Cy Example": "national director for social care"}
    assert _people("Cllr Di Example, chair of the children and families committee, said: \"We know.\"") == {
        "Di Example": "chair"}
    # not the chair of another body, nor an intervention's words after a commissioner
    assert _people("Ed Example, independent chair of the safeguarding partnership, said so.") == {}
    assert _people("the work of the Children's Services Commissioner and the Statutory Direction from the "
                   "Secretary of State.") == {}


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Sarah Example, the council's Interim Corporate Director of Children, Young People and Education, said: \"We "
     "are proud.\"", "Sarah Example", "interim director of children's services"),
    ("Interim Executive Director of Children's Services Sue Example said: \"We are pleased.\"", "Sue Example",
     "interim director of children's services"),
    ("I commend the leadership of Acting Chief Executive Ade Example and the staff.", "Ade Example",
     "acting chief executive"),
    ("Jo Example, director of children's services, said: \"We are pleased.\"", "Jo Example",
     "director of children's services"),
])
def test_a_post_held_for_now_keeps_interim_or_acting(sentence: str, name: str, role: str) -> None:
    assert _people(sentence)[name] == role


def test_the_gate_counts_an_interim_director_as_the_director() -> None:
    from oversight.extract.gates.accuracy import core_role

    assert core_role("interim director of children's services") == "director of children's services"
    assert core_role("Acting chief executive") == "chief executive"
    assert core_role("interim head of safeguarding") is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Minister for Children and Families, Rosalind Example, wrote to the council.", {"Rosalind Example": "minister"}),
    ("Children's minister Will Example said the council had improved.", {"Will Example": "minister"}),
    ("Rebecca Example MP (Parliamentary Under-Secretary of State for Children and Families):",
     {"Rebecca Example": "minister"}),
    ("Martin Example MP (Stockport South): To ask the Secretary of State", {"Martin Example": "MP"}),
    ("Adaeze Example (Group Director, Children and Education) said the council was pleased.",
     {"Adaeze Example": "director of children's services"}),
    ("Contact officer: Jane Example, Director, Children and Young People's Services",
     {"Jane Example": "director of children's services"}),
    ("M Example (Executive Director of Children's Services) presented the report.",
     {"M Example": "director of children's services"}),
    ("Mayor of Tower Hamlets Joseph Example said he was pleased.", {"Joseph Example": "elected mayor"}),
    ("The leader of the council, Councillor Joan Example, and the cabinet member, Councillor Diane Sample, have "
     "shown a clear understanding.", {"Joan Example": "council leader", "Diane Sample": "cabinet member"}),
    ("The lead inspector was Louise Example HMI.", {"Louise Example": "lead inspector"}),
])
def test_ministers_members_and_titles_round_seventeen_met(sentence: str, expected: dict[str, str]) -> None:
    assert _people(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The visit was led by Her Majesty's Inspector Andrea Example, with inspector Louise Sample.",
     {"Andrea Example": "lead inspector", "Louise Sample": "inspector"}),
    ("The inspectors were Jan Example (lead inspector) and Marcus Sample.",
     {"Jan Example": "lead inspector", "Marcus Sample": "inspector"}),
])
def test_an_inspection_team_named_in_a_sentence(sentence: str, expected: dict[str, str]) -> None:
    assert _people(sentence) == expected
