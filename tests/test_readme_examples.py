"""The README's examples of `oversight extract ... | jq ...` print what the README says they print. Each example is
run as written, with the shared folder and the command found where this checkout has them; it skips, saying why,
without the real corpus or jq."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, SHARED

README = ROOT / "README.md"
COMMAND = Path(sys.executable).parent / "oversight"


def _examples() -> list[tuple[str, list[str]]]:
    """Each `$ .venv/bin/oversight extract ... | jq ...` line with the lines printed under it; '$ ... | jq' goes on
    from the command before."""
    lines = README.read_text("utf-8").splitlines()
    examples: list[tuple[str, list[str]]] = []
    previous = ""
    for index, line in enumerate(lines):
        if not line.startswith("$ "):
            continue
        command = line[2:]
        if command.startswith("... |"):
            command = previous.split(" | ", 1)[0] + command[3:]
        previous = command
        if not command.startswith(".venv/bin/oversight extract") or " | jq " not in command:
            continue
        printed = []
        for after in lines[index + 1:]:
            if not after or after.startswith(("$ ", "```")):
                break
            printed.append(after)
        examples.append((command, printed))
    return examples


EXAMPLES = _examples()


def test_the_readme_has_examples_to_check() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize(("command", "printed"), EXAMPLES, ids=[f"example{n}" for n in range(len(EXAMPLES))])
def test_a_readme_example_prints_what_the_readme_says(command: str, printed: list[str]) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (the examples read it)")
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed (the examples pipe into it)")
    if not COMMAND.exists():
        pytest.skip(f"the oversight command is not at {COMMAND} (install the package first)")
    runnable = command.replace(".venv/bin/oversight", str(COMMAND)).replace("../shared", str(SHARED))
    result = subprocess.run(runnable, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines() == [
        line.replace("../shared", str(SHARED)) for line in printed], result.stderr
