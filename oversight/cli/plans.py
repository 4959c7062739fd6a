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
