"""Every command explains itself."""

from __future__ import annotations

import click
from click.testing import CliRunner

from oversight.cli.main import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


def test_every_command_has_help_text() -> None:
    for path, command in _commands(cli):
        assert command.help and command.help.strip(), f"{' '.join(path)} has no help text"
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0 and command.help.split(".")[0][:30] in result.output
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                assert parameter.help, f"{' '.join(path)} {parameter.opts[0]} has no help text"
