"""Train the small model that tells a news story from a council's press release when a page has no address.

A logistic regression over the words of the development pages of the real accounts gate (never the held-back
third) and the news and releases the project wrote for its behaviour tests, tf-idf weighted, as scikit-learn
fits it; the fitted vocabulary, idf and coefficients are written as JSON
into the package (oversight/extract/shared/data/genre_model.json), so that reading needs no scikit-learn and
downloads nothing. It prints, on the real development pages, the rules' accuracy beside the
5-fold cross-validated accuracy of the model alone and of the model as the pipeline uses it (only where the rules
find no strong mark either way); the written documents are in every training fold, never in a test fold.

Usage: python benchmarks/train_genre.py [--corpus ../shared/corpus]   (needs: pip install -e '.[dev]')
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.documents import read_document  # noqa: E402
from oversight.extract.classify import classify  # noqa: E402
from oversight.extract.gates.accounts import DEVELOPMENT, load_account_gold, split_of  # noqa: E402
from oversight.extract.gates.accuracy import load_gold  # noqa: E402
from oversight.extract.pipeline import marks_undecided  # noqa: E402
from oversight.extract.shared.genre_model import MODEL_PATH, TOKEN_PATTERN  # noqa: E402

LETTERS = ROOT / "tests" / "gold" / "letters"

LABELS = ("news_article", "press_release")


def main() -> int:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = parser.parse_args()
    accounts = Path(args.corpus) / "accounts"
    gold = [g for g in load_account_gold(ROOT / "tests" / "gold" / "accounts")
            if split_of(g["sha256"]) == DEVELOPMENT and g["document_type"] in LABELS]
    texts = [(accounts / g["file"]).read_text("utf-8") for g in gold]
    labels = np.array([g["document_type"] for g in gold])
    written = [g for g in load_gold(LETTERS) if g["document_type"] in LABELS]
    written_texts = [read_document(LETTERS / g["path"]).text for g in written]
    written_labels = [g["document_type"] for g in written]

    def pipeline():  # type: ignore[no-untyped-def]
        return make_pipeline(TfidfVectorizer(token_pattern=TOKEN_PATTERN, min_df=2, sublinear_tf=True),
                             LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced"))

    predicted = np.empty(len(labels), dtype=object)
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, labels):
        fold = pipeline().fit([texts[i] for i in train] + written_texts, [*labels[train], *written_labels])
        predicted[test] = fold.predict([texts[i] for i in test])
    scores = [classify(text).scores for text in texts]
    rules = [classify(text).document_type for text in texts]
    gated = [p if marks_undecided(s) else r for p, s, r in zip(predicted, scores, rules, strict=True)]
    print(f"real development pages that are news or releases: {len(gold)}; written ones for training: {len(written)}")
    for name, guesses in (("the rules, text alone", rules), ("the model alone, cross-validated", predicted),
                          ("the model where the rules are undecided", gated)):
        print(f"  {name:42s} {sum(a == b for a, b in zip(guesses, labels, strict=True))}/{len(gold)}")

    fitted = pipeline().fit(texts + written_texts, [*labels, *written_labels])
    vectorizer, model = fitted.steps[0][1], fitted.steps[1][1]
    vocabulary = {word: int(index) for word, index in vectorizer.vocabulary_.items()}
    MODEL_PATH.write_text(json.dumps({
        "about": "news_article against press_release, fitted by benchmarks/train_genre.py on the development pages "
                 "and the written news and releases",
        "positive": str(model.classes_[1]), "negative": str(model.classes_[0]),
        "vocabulary": vocabulary, "idf": [round(float(v), 6) for v in vectorizer.idf_],
        "coefficients": [round(float(v), 6) for v in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
    }, sort_keys=True) + "\n", "utf-8")
    print(f"written: {MODEL_PATH.relative_to(ROOT)} ({len(vocabulary)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
