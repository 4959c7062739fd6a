"""The small model that tells a news story from a council's press release by its words, for pages with no address.

Fitted by benchmarks/train_genre.py (scikit-learn's tf-idf and logistic regression) on the development pages of
the real accounts gate, and kept as JSON in the package: reading it needs only this arithmetic, the same as
scikit-learn's (lower-cased words of two or more letters, 1 + log of each count, times the word's idf, scaled to
unit length, then the fitted line).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "genre_model.json"
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class GenreModel:
    positive: str
    negative: str
    vocabulary: dict[str, int]
    idf: list[float]
    coefficients: list[float]
    intercept: float

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> GenreModel | None:
        """The bundled model, or None when it is absent (the rules then decide alone)."""
        try:
            data = json.loads(path.read_text("utf-8"))
        except OSError:
            return None
        return cls(data["positive"], data["negative"], data["vocabulary"], data["idf"], data["coefficients"],
                   float(data["intercept"]))

    def probability(self, text: str) -> float:
        """The probability that the text is of the positive class."""
        counts = Counter(word for word in _TOKEN.findall(text.lower()) if word in self.vocabulary)
        weights = {self.vocabulary[w]: (1 + math.log(n)) * self.idf[self.vocabulary[w]] for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        score = self.intercept + sum(self.coefficients[i] * v / norm for i, v in weights.items())
        return 1 / (1 + math.exp(-score))

    def decide(self, text: str) -> tuple[str, float]:
        p = self.probability(text)
        return (self.positive, p) if p >= 0.5 else (self.negative, 1 - p)
