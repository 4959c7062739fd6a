"""The JSON schema every extraction conforms to (a copy of ../shared/spec, checked equal by a test)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def extraction_schema() -> dict[str, Any]:
    return json.loads(resources.files("oversight.spec").joinpath("extraction.schema.json").read_text("utf-8"))
