"""`oversight users` and `oversight plan`: accounts, and councils' action plans, from the command line. Whoever runs
these commands holds the database itself; `--as` names the account a plan command acts as (its rights apply, and
the audit log records it)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from oversight.errors import NotFoundError, UsageError

db_option = click.option("--db", envvar="OVERSIGHT_DB", default=None, show_envvar=True,
                         help="Database file path or URL (postgresql://...); default ./oversight.db.")
as_option = click.option("--as", "acting", required=True, metavar="USERNAME",
                         help="The account to act as: its rights apply and the audit log names it.")


def _operator() -> str:
    import getpass

    return f"cli:{getpass.getuser()}"


@click.group()
def users() -> None:
    """Accounts: administrators, and editors or readers of councils' plans."""


@users.command("add")
@click.argument("username")
@click.option("--administrator", is_flag=True, help="May manage accounts and every plan.")
@click.option("--editor", "editing", multiple=True, metavar="COUNCIL", help="May change this council's plans.")
@click.option("--reader", "reading", multiple=True, metavar="COUNCIL", help="May see this council's plans.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (else it is asked).")
@db_option
def add_user(username: str, administrator: bool, editing: tuple[str, ...], reading: tuple[str, ...],
             password_stdin: bool, db: str | None) -> None:
    """Make an account (the password, at least 12 characters, is asked twice or read from standard input)."""
    from oversight.analysis.record import authority_by_name, open_record
    from oversight.plans.accounts import create_user

    database = open_record(db)
    councils = {authority_by_name(database, name).authority.la_code: "reader" for name in reading}
    councils.update({authority_by_name(database, name).authority.la_code: "editor" for name in editing})
    password = (sys.stdin.readline().rstrip("\n") if password_stdin
                else click.prompt("Password", hide_input=True, confirmation_prompt=True))
    user = create_user(database, _operator(), username, password, administrator, councils)
    click.echo(f"account {user.username} made" + (" (administrator)" if administrator else "")
               + "".join(f"; {role} of {database.registry.by_code[code].name}" for code, role in councils.items()))


@users.command("list")
@db_option
def list_users(db: str | None) -> None:
    """Every account and what it may do."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import all_users

    database = open_record(db)
    for user in all_users(database):
        roles = ", ".join(f"{role} of {database.registry.by_code[code].name}" for code, role in user.councils.items())
        click.echo(f"{user.username:20s} {'administrator' if user.administrator else roles or 'no council yet'}")


@users.command("password")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (else it is asked).")
@db_option
def new_password(username: str, password_stdin: bool, db: str | None) -> None:
    """Give an account a new password: its sessions end and a lock from failed sign-ins is lifted."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import set_password

    database = open_record(db)
    password = (sys.stdin.readline().rstrip("\n") if password_stdin
                else click.prompt("New password", hide_input=True, confirmation_prompt=True))
    set_password(database, _operator(), username, password)
    click.echo(f"account {username} has a new password; its sessions have ended")


@users.command("remove-council")
@click.argument("username")
@click.argument("council")
@db_option
def take_council_away(username: str, council: str, db: str | None) -> None:
    """Take a council away from an account: it may no longer see or change that council's plans."""
    from oversight.analysis.record import authority_by_name, open_record
    from oversight.plans.accounts import remove_council

    database = open_record(db)
    authority = authority_by_name(database, council).authority
    remove_council(database, _operator(), username, authority.la_code)
    click.echo(f"{username} no longer has rights over {authority.name}")


@click.group()
def plan() -> None:
    """Councils' post-inspection action plans."""


@plan.command("create")
@click.argument("council")
@click.option("--inspection", default=None, metavar="DATE",
              help="The inspection or visit that began on this day; default the latest with areas for improvement.")
@as_option
@db_option
def create(council: str, inspection: str | None, acting: str, db: str | None) -> None:
    """Make the plan for a council's inspection or visit: one item for each area for improvement."""
    from oversight.analysis.record import authority_by_name, load_events, open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import create_plan

    database = open_record(db)
    user = load_user(database, acting)
    authority = authority_by_name(database, council).authority
    events = [e for e in load_events(database, [authority.la_code]) if not e.mentioned_only and e.key
              and (inspection is None or e.start_date == inspection)]
    with_items = [e for e in events if e.items]
    if not with_items:
        raise NotFoundError(f"no {'inspection or visit of ' + inspection if inspection else 'inspection or visit'} "
                            f"of {authority.name} with areas for improvement is in the record")
    chosen = max(with_items, key=lambda e: e.sort_date or "")
    plan_id = create_plan(database, user, chosen.key)  # type: ignore[arg-type]
    click.echo(f"plan {plan_id} made for the {chosen.kind.replace('_', ' ')} of {authority.name} that began on "
               f"{chosen.start_date}: {len(chosen.items)} items")


@plan.command("show")
@click.argument("plan_id", type=int)
@as_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
def show(plan_id: int, acting: str, as_json: bool, db: str | None) -> None:
    """A plan: its deadline, each item with its actions, and its reviews."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.exports import plan_json
    from oversight.plans.plans import STATUS_LABELS, load_plan

    database = open_record(db)
    found = load_plan(database, load_user(database, acting), plan_id)
    if as_json:
        click.echo(plan_json(found))
        return
    deadline = found["deadline"]
    if deadline:
        click.echo(f"due to Ofsted {deadline['due']}{' (estimated)' if deadline['estimated'] else ''}: "
                   f"{deadline['working_days_left']} working days left")
    for item in found["items"]:
        click.echo(f"\nitem {item['id']} (page {item['page'] or '?'}): {item['text']}")
        for action in item["actions"]:
            late = " OVERDUE" if action["overdue"] else ""
            click.echo(f"  action {action['id']} v{action['version']}: {action['description']} — "
                       f"{STATUS_LABELS[action['status']]}{late}, due {action['due_date'] or 'no date'}")
    for review in found["reviews"]:
        click.echo(f"\nreviewed {review['held_on']} by {review['body']}: {review['decided']}")


@plan.command("action")
@click.argument("item_id", type=int)
@click.argument("description")
@click.option("--owner", default=None, help="Who owns the action (a name).")
@click.option("--role", default=None, help="The owner's role, such as Head of service.")
@click.option("--due", default=None, metavar="DATE", help="When it is due (year-month-day).")
@click.option("--status", default="not_started", show_default=True,
              help="not_started, on_track, at_risk, off_track or done.")
@as_option
@db_option
def action(item_id: int, description: str, owner: str | None, role: str | None, due: str | None, status: str,
           acting: str, db: str | None) -> None:
    """Add an action under a plan item."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import add_action

    database = open_record(db)
    action_id = add_action(database, load_user(database, acting), item_id, description, owner, role, due, status)
    click.echo(f"action {action_id} added")


@plan.command("progress")
@click.argument("action_id", type=int)
@click.argument("words")
@click.option("--on", "written_on", default=None, metavar="DATE", help="The update's date; default today.")
@click.option("--cite", default=None, metavar="DOCUMENT:FIELD",
              help="A stored document's passage it rests on: its number and the fact's field "
                   "(12:events[0].end_date).")
@click.option("--link", default=None, help="A web address it rests on.")
@as_option
@db_option
def progress(action_id: int, words: str, written_on: str | None, cite: str | None, link: str | None, acting: str,
             db: str | None) -> None:
    """Record progress on an action, citing a passage of a stored document or a link."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import add_progress

    document_id, field = None, None
    if cite:
        number, _, field = cite.partition(":")
        if not number.isdigit():
            raise UsageError(f"--cite takes DOCUMENT:FIELD, such as 12:events[0].end_date, not '{cite}'")
        document_id = int(number)
    database = open_record(db)
    update_id = add_progress(database, load_user(database, acting), action_id, words, written_on, document_id,
                             field or None, link)
    click.echo(f"progress {update_id} recorded")


@plan.command("review")
@click.argument("plan_id", type=int)
@click.option("--on", "held_on", required=True, metavar="DATE", help="The day the meeting was held.")
@click.option("--body", required=True, help="The board or committee, e.g. Improvement board.")
@click.option("--decided", required=True, help="What it decided.")
@click.option("--attendees", default="", help="Who was there.")
@as_option
@db_option
def review(plan_id: int, held_on: str, body: str, decided: str, attendees: str, acting: str,
           db: str | None) -> None:
    """Record a board's or committee's review of the plan."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import add_review

    database = open_record(db)
    review_id = add_review(database, load_user(database, acting), plan_id, held_on, body, decided, attendees)
    click.echo(f"review {review_id} recorded")


@plan.command("received")
@click.argument("plan_id", type=int)
@click.argument("day", metavar="DATE")
@as_option
@db_option
def received(plan_id: int, day: str, acting: str, db: str | None) -> None:
    """The day the council received the final report: the deadline is counted from it, no longer estimated."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import load_plan, set_received

    database = open_record(db)
    user = load_user(database, acting)
    set_received(database, user, plan_id, day)
    deadline = load_plan(database, user, plan_id)["deadline"]
    click.echo(f"plan {plan_id}: due to Ofsted {deadline['due']}" if deadline else f"plan {plan_id}: received {day}")


@plan.command("sent")
@click.argument("plan_id", type=int)
@click.argument("day", metavar="DATE")
@as_option
@db_option
def sent(plan_id: int, day: str, acting: str, db: str | None) -> None:
    """The day the council sent the plan to Ofsted, set against its deadline."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import load_plan, set_sent

    database = open_record(db)
    user = load_user(database, acting)
    set_sent(database, user, plan_id, day)
    when = load_plan(database, user, plan_id)["sent"]
    early = when["working_days_early"] if when else None
    click.echo(f"plan {plan_id}: sent to Ofsted {day}" + ("" if early is None else
               f", {abs(early)} working days {'before' if early >= 0 else 'after'} the deadline"))


@plan.command("publish")
@click.argument("plan_id", type=int)
@click.option("--private", is_flag=True, help="Make a published plan private again.")
@as_option
@db_option
def publish_plan(plan_id: int, private: bool, acting: str, db: str | None) -> None:
    """Make a plan part of the public record, or private again."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.plans import publish

    database = open_record(db)
    publish(database, load_user(database, acting), plan_id, not private)
    click.echo(f"plan {plan_id} is now {'private' if private else 'public'}")


@plan.command("followups")
@click.argument("plan_id", type=int)
@as_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
def followups(plan_id: int, acting: str, as_json: bool, db: str | None) -> None:
    """What later inspections and visits said: their areas for improvement that speak to each item, and why."""
    import json

    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.followups import later_findings

    database = open_record(db)
    found = later_findings(database, load_user(database, acting), plan_id)
    if as_json:
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("no later inspection or visit in the record speaks to this plan's items")
    for suggestion in found:
        event = suggestion["later_event"]
        again = " NAMED AGAIN" if suggestion["named_again"] else ""
        click.echo(f"item {suggestion['item_id']}{again}: {event['kind'].replace('_', ' ')} of "
                   f"{event['start_date'] or event['published_date']} ({suggestion['why']}; "
                   f"{suggestion['decision'] or 'not yet decided'})\n  plan:  {suggestion['item_text']}\n"
                   f"  later: {suggestion['later_text']}\n  key:   {suggestion['later_item_key']}")


@plan.command("decide")
@click.argument("item_id", type=int)
@click.argument("later_item_key")
@click.option("--reject", is_flag=True, help="It does not speak to the item (default: it does).")
@as_option
@db_option
def decide_link(item_id: int, later_item_key: str, reject: bool, acting: str, db: str | None) -> None:
    """Confirm (or --reject) that a later area for improvement speaks to a plan item."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.followups import decide

    database = open_record(db)
    decide(database, load_user(database, acting), item_id, later_item_key, "rejected" if reject else "confirmed")
    click.echo(f"item {item_id}: {'rejected' if reject else 'confirmed'} {later_item_key}")


@plan.command("export")
@click.argument("plan_id", type=int)
@click.option("--format", "kind", type=click.Choice(["docx", "xlsx", "json"]), required=True,
              help="docx for a committee paper, xlsx for a workbook, json for programs.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@as_option
@db_option
def export_plan(plan_id: int, kind: str, output: Path, acting: str, db: str | None) -> None:
    """Write a plan as a Word document for a committee paper, a workbook, or JSON."""
    from oversight.analysis.record import open_record
    from oversight.plans.accounts import load_user
    from oversight.plans.exports import plan_docx, plan_json, plan_xlsx
    from oversight.plans.plans import load_plan

    if not output.parent.is_dir():
        raise UsageError(f"cannot write {output}: no folder {output.parent}")
    database = open_record(db)
    found = load_plan(database, load_user(database, acting), plan_id)
    council = database.registry.by_code[found["la_code"]].name
    if kind == "json":
        output.write_text(plan_json(found), "utf-8")
    else:
        output.write_bytes(plan_docx(found, council) if kind == "docx" else plan_xlsx(found, council))
    click.echo(f"plan {plan_id} written to {output}")
