"""Would a learned role classifier beat the rules? Leave-one-set-out over labelled sets.

    .venv/bin/python bench/role_experiment.py tests/data/labelled tests/data/heldout \
        tests/data/heldout2 ... tests/data/heldout28 --validate tests/data/heldout29

An experiment, not part of extraction. Every prediction matched to a required label (as
bench/quality.py matches them) becomes one example: the rule's role, the date's age and length,
its basis, the site's kind, the sentence's place in the report, the words around the mention and
the previous mention's gap, rank and role. A multinomial logistic regression (numpy, AdaGrad) is
trained on all sets but one and scored on that one; the rule's role errors and the model's are
printed side by side, then the same for the `--validate` sets with a model trained on all the
others. Session 28 measured, over labelled/ and heldout … heldout28 (29 sets, 5,039 labels),
830 role errors by the rules against 806 by the model, and 42 against 36 on held-out 29
(about 2.5 minutes).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402

from tests.labels import SiteResolver, load_labels  # noqa: E402

ROLES = ("event", "background", "locator")
WORD = re.compile(r"\w+")
RANK = {"country": 0, "governorate": 1, "province": 1, "region": 1, "capital": 2, "city": 2,
        "town": 3, "village": 4}


@dataclass
class Example:
    """One prediction matched to a required label."""

    group: str
    language: str
    published: date
    mention: object
    sentence: int
    before: str
    after: str
    position: float
    label_role: str
    previous: object | None = None
    features: list[str] = field(default_factory=list)


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    return next((str(e) for e in edges if x <= e), "inf")


def features(ex: Example) -> list[str]:
    """The names of the example's binary features."""
    m, lang = ex.mention, ex.language
    out = [f"rule={m.role}", f"basis={m.date_basis}", f"how={m.resolved_by}", f"kind={m.kind}",
           f"lang={lang}", f"rule_lang={m.role}_{lang}",
           "sent=" + _bucket(ex.sentence, (0, 1, 2, 4, 8)),
           "pos=" + _bucket(ex.position, (0.1, 0.3, 0.6, 0.8))]
    if m.date_start is not None and m.date_end is not None:
        age = (ex.published - m.date_end).days
        out += ["age=" + _bucket(age, (-1, 0, 1, 3, 7, 14, 31, 90, 365)),
                "len=" + _bucket((m.date_end - m.date_start).days, (0, 1, 6, 31, 365)),
                f"rule_age={m.role}_" + _bucket(age, (-1, 0, 1, 3, 7, 14, 31, 365))]
    else:
        out.append("age=none")
    before = [w.lower() for w in WORD.findall(ex.before)][-3:]
    after = [w.lower() for w in WORD.findall(ex.after)][:2]
    for n in (1, 2, 3):
        if len(before) >= n:
            out.append(f"b{n}={lang}:{' '.join(before[-n:])}")
    for n in (1, 2):
        if len(after) >= n:
            out.append(f"a{n}={lang}:{' '.join(after[:n])}")
    if m.claimant:
        out.append("claimant")
    p = ex.previous
    if p is None:
        return [*out, "noprev"]
    gap = m.start - p.end
    rank = RANK.get(m.kind, 3) - RANK.get(p.kind, 3)
    out += ["pgap=" + _bucket(gap, (2, 5, 15, 40, 80)), f"prole={p.role}",
            "prank=" + ("wider" if rank < 0 else "same" if rank == 0 else "narrower")]
    if 0 < gap <= 40:
        between = ex.before[-gap:]
        out.append(f"btw={lang}:{' '.join(WORD.findall(between.lower())[-3:])}")
        out.append("pcomma" if "," in between else "pnocomma")
    return out


def examples(folder: Path, gazetteer, resolver: SiteResolver) -> list[Example]:
    """Predictions of every report in `folder` matched to its required labels."""
    from reportmap.extract import extract_mentions
    from reportmap.reports import load_report
    from reportmap.text import SentenceIndex

    out = []
    for label_file in quality.collect([folder]):
        report = load_report(quality.find_report(label_file))
        labels = load_labels(label_file, report.path, body=report.body)
        preds = list(extract_mentions(report, gazetteer))
        keys = [quality._keys(lab, resolver) for lab in labels.mentions]
        _, label_of = quality.match_mentions(labels, preds, keys)
        index = SentenceIndex(report.body)
        previous: dict[int, object] = {}
        for pi, m in enumerate(preds):
            sentence = index.at(m.start)
            prev = previous.get(sentence.index)
            previous[sentence.index] = m
            lab = labels.mentions[label_of[pi]] if pi in label_of else None
            if lab is None or lab.optional:
                continue
            ex = Example(folder.name, report.language, report.published, m, sentence.index,
                         report.body[max(sentence.start, m.start - 80) : m.start],
                         report.body[m.end : min(sentence.end, m.end + 80)],
                         m.start / max(1, len(report.body)), lab.role, prev)
            ex.features = features(ex)
            out.append(ex)
    return out


class Model:
    """Multinomial logistic regression over binary features, trained by full-batch AdaGrad."""

    def __init__(self, l2: float = 1.0, epochs: int = 500, rate: float = 1.0) -> None:
        self.l2, self.epochs, self.rate = l2, epochs, rate
        self.vocab: dict[str, int] = {}
        self.weights = np.zeros((1, len(ROLES)))

    def _rows(self, exs: list[Example]) -> tuple[np.ndarray, np.ndarray]:
        idx, row = [], []
        for i, ex in enumerate(exs):
            cols = {self.vocab[f] for f in ex.features if f in self.vocab} | {len(self.vocab)}
            idx += sorted(cols)
            row += [i] * len(cols)
        return np.array(idx), np.array(row)

    def fit(self, exs: list[Example]) -> Model:
        for ex in exs:
            for f in ex.features:
                self.vocab.setdefault(f, len(self.vocab))
        idx, row = self._rows(exs)
        y = np.eye(len(ROLES))[[ROLES.index(ex.label_role) for ex in exs]]
        w = np.zeros((len(self.vocab) + 1, len(ROLES)))
        squares = np.full_like(w, 1e-8)
        for _ in range(self.epochs):
            z = np.zeros((len(exs), len(ROLES)))
            np.add.at(z, row, w[idx])
            p = np.exp(z - z.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            grad = np.zeros_like(w)
            np.add.at(grad, idx, (p - y)[row])
            grad = grad / len(exs) + self.l2 * w / len(exs)
            squares += grad * grad
            w -= self.rate * grad / np.sqrt(squares)
        self.weights = w
        return self

    def predict(self, exs: list[Example]) -> list[str]:
        idx, row = self._rows(exs)
        z = np.zeros((len(exs), len(ROLES)))
        np.add.at(z, row, self.weights[idx])
        return [ROLES[int(k)] for k in z.argmax(1)]


def errors(exs: list[Example], roles: list[str]) -> int:
    return sum(r != ex.label_role for r, ex in zip(roles, exs, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="labelled sets to train on")
    parser.add_argument("--validate", nargs="*", default=[], type=Path,
                        help="sets scored by a model trained on all the folders")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args(argv)

    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    resolver = SiteResolver(gazetteer)
    by_set: dict[str, list[Example]] = defaultdict(list)
    for folder in [*args.folders, *args.validate]:
        by_set[folder.name] = examples(folder, gazetteer, resolver)
    train = [f.name for f in args.folders]
    rule = model = total = 0
    for held in train:
        fitted = Model(args.l2).fit([ex for s in train if s != held for ex in by_set[s]])
        test = by_set[held]
        rule += errors(test, [ex.mention.role for ex in test])
        model += errors(test, fitted.predict(test))
        total += len(test)
    print(f"leave-one-set-out over {len(train)} sets: role errors {rule} (rules), "
          f"{model} (model), of {total} matched required labels")
    if args.validate:
        fitted = Model(args.l2).fit([ex for s in train for ex in by_set[s]])
        for folder in args.validate:
            test = by_set[folder.name]
            print(f"{folder.name}: role errors {errors(test, [ex.mention.role for ex in test])} "
                  f"(rules), {errors(test, fitted.predict(test))} (model), of {len(test)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
