"""People's names as inspection documents print them, without titles and post-nominals."""

from __future__ import annotations

import re

from oversight.extract.vocabulary import NAME_NOISE, PERSON_NAME


def clean_person_name(raw: str) -> str | None:
    """'Nigel Parkes  Her Majesty's Inspector' -> 'Nigel Parkes'; None when what is left is not a name."""
    text = NAME_NOISE.sub(" ", raw)
    text = re.split(r"[,;(]|\s{3,}", text.strip())[0]
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" .:-")
    if not text or not PERSON_NAME.match(text) or len(text.split()) < 2 or len(text) > 60:
        return None
    return text


def split_names(raw: str) -> list[str]:
    """'Sarah Urding, Brenda McLaughlin and Deane Jennings (Contracted Inspector)' -> three names."""
    text = " ".join(raw.split())
    text = NAME_NOISE.sub(" ", text)
    parts = re.split(r",|;|\band\b|&", text)
    names = []
    for part in parts:
        name = clean_person_name(part)
        if name:
            names.append(name)
    return names
