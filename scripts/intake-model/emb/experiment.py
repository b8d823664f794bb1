#!/usr/bin/env python3
"""Embedding experiment (branch emb-exp): does a pretrained static embedding generalise to new
authors better than the tf-idf word weights trained on dev?

Every detector is trained on the corpus's dev split only. Its threshold is the lowest at which its
stratified 5-fold out-of-fold scores on dev, OR the rules, flag at most 0.5% of dev's benign texts
(model.threshold_at_budget, as the adopted procedure); C (and alpha) is the grid value whose out-of-fold
scores catch the most dev attacks on their own at that threshold (model._select). It is then fitted
on all of dev and scores the training-only material (test/fixtures/intake/training.jsonl, 12 authors
never trained on): figures alone and OR the rules (the export's `rules`). --grouped also runs the
whole procedure leaving one dev author group out at a time (grouped_cv.py style).

Reads .cache/intake-model/dev-terms.jsonl (export-terms.ts) and .cache/intake-model/emb-texts.jsonl
(emb/export-texts.ts); neither holds a holdout text.

Usage: OMP_NUM_THREADS=1 python3 scripts/intake-model/emb/experiment.py [--grouped] [--embedder wordllama|tokenlearn] DETECTOR ...
"""
from __future__ import annotations

import json
import os
import sys
import time

for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(v, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix, hstack  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

import model as M  # noqa: E402
from embed import Embedder, sentences, unit  # noqa: E402

CACHE = ".cache/intake-model"
BUDGET = 0.005
SUBTLE_REPORT = ["swapped_target", "extra_target", "exfiltration", "authority_claim", "prior_approval", "privileged_target", "wildcard_target", "urgency_skip_review", "disclaimer_hidden", "instruction_to_bot", "schema_payload"]


# ---------------------------------------------------------------- data
def load_all():
    texts = M.load(f"{CACHE}/dev-terms.jsonl")
    meta = [json.loads(l) for l in open(f"{CACHE}/emb-texts.jsonl", encoding="utf-8") if l.strip()]
    assert [m["id"] for m in meta] == texts.ids, "emb-texts.jsonl and dev-terms.jsonl disagree: re-export both"
    return texts, meta


def features(emb: Embedder, meta) -> dict:
    path = f"{CACHE}/emb-{emb.name}.npz"
    if os.path.exists(path):
        z = np.load(path, allow_pickle=False)
        return {k: z[k] for k in z.files}
    raw = emb.mean([m["raw"] for m in meta])
    norm = emb.mean([m["norm"] for m in meta])
    sents, owner = [], []
    for i, m in enumerate(meta):
        for s in sentences(m["raw"]):
            sents.append(s)
            owner.append(i)
    sent = emb.mean(sents) if sents else np.zeros((0, emb.dim), np.float32)
    out = {"raw": raw, "norm": norm, "sent": sent, "sent_owner": np.array(owner, dtype=np.int64)}
    np.savez(path, **out)
    return out


# ---------------------------------------------------------------- detectors
class EmbLR:
    """Logistic regression on a text's mean-pooled embedding (unit length, then standardised)."""

    def __init__(self, X, texts, idx, c, sent=None, owner=None, benign_sentences=False):
        self.X = unit(X)
        self.sent, self.owner = (unit(sent), owner) if sent is not None else (None, None)
        x = self.X[idx]
        y = texts.attack[idx]
        if benign_sentences:  # every sentence of a benign training text is benign
            ben = set(int(i) for i in idx if not texts.attack[i])
            rows = np.array([k for k, o in enumerate(owner) if int(o) in ben], dtype=np.int64)
            x = np.vstack([x, self.sent[rows]])
            y = np.concatenate([y, np.zeros(len(rows), dtype=bool)])
        self.mu, self.sd = x.mean(0), x.std(0) + 1e-6
        self.lr = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit((x - self.mu) / self.sd, y)

    def scores(self, texts, idx):
        z = self.lr.decision_function((self.X[idx] - self.mu) / self.sd)
        if self.sent is None:
            return z
        pos = {int(i): k for k, i in enumerate(idx)}
        rows = np.array([k for k, o in enumerate(self.owner) if int(o) in pos], dtype=np.int64)
        if len(rows):
            zs = self.lr.decision_function((self.sent[rows] - self.mu) / self.sd)
            np.maximum.at(z, np.array([pos[int(self.owner[r])] for r in rows]), zs)
        return z


class Concat:
    """The adopted tf-idf terms (1 + ln tf, smoothed idf, L2; min_df 2) beside alpha x the unit-length
    mean embedding, one logistic regression."""

    def __init__(self, X, texts, idx, c, alpha, linear=False):
        # linear: no unit length, the mean embedding divided by dev's mean norm instead, so the score
        # stays a sum of one precomputed number per token (a port need not add 256-d vectors).
        self.X = X / np.linalg.norm(X[idx], axis=1).mean() if linear else unit(X)
        self.alpha = alpha
        self.vec = TfidfVectorizer(analyzer=lambda f: f, min_df=2, sublinear_tf=True, lowercase=False)
        t = self.vec.fit_transform([texts.terms[i] for i in idx])
        self.lr = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(self._x(t, idx), texts.attack[idx])

    def _x(self, t, idx):
        return hstack([t, csr_matrix(self.alpha * self.X[idx])]).tocsr()

    def scores(self, texts, idx):
        return self.lr.decision_function(self._x(self.vec.transform([texts.terms[i] for i in idx]), idx))


def detector(name: str, F: dict):
    """(fit(texts, idx, param) -> scorer, parameter grid)."""
    if name.startswith("emb-"):
        # emb-raw / emb-norm [-sentmax | -sentmax-ben]
        parts = name.split("-")
        X = F[parts[1]]
        sentmax = "sentmax" in parts
        ben = "ben" in parts
        grid = [0.001, 0.003, 0.01, 0.03, 0.1, 1.0]
        return (lambda texts, idx, c: EmbLR(X, texts, idx, c, F["sent"] if sentmax else None, F["sent_owner"] if sentmax else None, ben)), grid
    if name == "tfidf-cgrid":  # control: the same tf-idf terms, no embedding, C chosen from the concat grid
        X = F["raw"]
        return (lambda texts, idx, p: Concat(X, texts, idx, p, 0.0)), [1.0, 4.0, 16.0, 64.0]
    if name.startswith("concat-"):
        X = F[name.split("-")[1]]
        linear = name.endswith("-linear")
        grid = [(c, a) for c in (1.0, 4.0, 16.0, 64.0) for a in (0.25, 0.5, 1.0)]
        return (lambda texts, idx, p: Concat(X, texts, idx, p[0], p[1], linear)), grid
    raise SystemExit(f"unknown detector {name}")


# ---------------------------------------------------------------- procedure
def select(fit, grid, texts, idx):
    attack, rules = texts.attack[idx], texts.rules[idx]
    folds = list(StratifiedKFold(5, shuffle=True, random_state=M.SEED).split(idx, attack))
    best, table = None, []
    for p in grid:
        oof = np.zeros(len(idx))
        for tr, te in folds:
            oof[te] = fit(texts, idx[tr], p).scores(texts, idx[te])
        t = M.threshold_at_budget(oof, attack, rules, BUDGET)
        alone = float((oof >= t)[attack].mean())
        table.append((p, round(t, 4), round(alone, 4), round(float((oof >= t)[~attack].mean()), 4)))
        if best is None or alone > best[2]:
            best = (p, t, alone)
    p, t, alone = best
    return fit(texts, idx, p), p, t, table


def run_detector(name, texts, F, idx):
    """(score function, param, threshold, selection table) trained on texts[idx]."""
    if name in ("tfidf", "tfidf-nogate"):
        from train import ADOPTED

        sel = M.select(ADOPTED, texts, idx)
        gate = name == "tfidf"
        score = lambda j: sel.model.scores(texts, j, gate=gate)  # noqa: E731
        return score, sel.c, sel.threshold, [("oof alone", round(sel.alone, 4))]
    fit, grid = detector(name, F)
    m, p, t, table = select(fit, grid, texts, idx)
    return (lambda j: m.scores(texts, j)), p, t, table


def pct(h, n):
    return f"{100 * h / n:5.1f}% ({h}/{n})" if n else "-"


def report(name, texts, meta, flagged, idx, out):
    a, r = texts.attack[idx], texts.rules[idx]
    f = flagged
    both = f | r
    res = {"pooled": {"alone_det": int(f[a].sum()), "alone_fp": int(f[~a].sum()), "both_det": int(both[a].sum()), "both_fp": int(both[~a].sum()), "rules_det": int(r[a].sum()), "rules_fp": int(r[~a].sum()), "n_atk": int(a.sum()), "n_ben": int((~a).sum())}}
    print(f"  training pooled: alone {pct(f[a].sum(), a.sum())} caught, {pct(f[~a].sum(), (~a).sum())} benign | with rules {pct(both[a].sum(), a.sum())}, {pct(both[~a].sum(), (~a).sum())} | rules alone {pct(r[a].sum(), a.sum())}, {pct(r[~a].sum(), (~a).sum())}")
    groups = texts.group[idx]
    res["author"] = {}
    for g in sorted(set(groups), key=lambda s: int(s[5:])):
        k = groups == g
        res["author"][g] = [int(f[k & a].sum()), int(f[k & ~a].sum()), int(both[k & a].sum()), int(both[k & ~a].sum()), int((k & a).sum()), int((k & ~a).sum()), int(r[k & a].sum()), int(r[k & ~a].sum())]
    tech = np.array([texts.technique[i] for i in idx])
    res["technique"] = {t: [int(f[a & (tech == t)].sum()), int(both[a & (tech == t)].sum()), int(r[a & (tech == t)].sum()), int((a & (tech == t)).sum())] for t in SUBTLE_REPORT}
    en = np.array([meta[i]["language"] == "en" for i in idx])
    res["language"] = {lab: [int(f[a & k].sum()), int(f[~a & k].sum()), int(both[a & k].sum()), int(both[~a & k].sum()), int((a & k).sum()), int((~a & k).sum()), int(r[a & k].sum()), int(r[~a & k].sum())] for lab, k in (("en", en), ("non-en", ~en))}
    out[name] = res


def ranking(z, a):
    """Threshold-free: attacks caught where the scores flag 0.5%, 1%, 2% and 5% of the training benign
    texts (an oracle threshold, for how well the scores rank), and the ROC AUC."""
    from sklearn.metrics import roc_auc_score

    zz = np.where(np.isfinite(z), z, -1e9)
    ben = np.sort(zz[~a])[::-1]
    out = {}
    for share in (0.005, 0.01, 0.02, 0.05):
        k = int(np.floor(share * len(ben)))
        out[f"at{share * 100:g}%"] = round(float((zz[a] > ben[k]).mean()), 3)
    out["auc"] = round(float(roc_auc_score(a, zz)), 3)
    return out


def grouped(name, texts, F):
    dev = np.where(~texts.extra)[0]
    flagged = np.zeros(len(texts.ids), dtype=bool)
    params = {}
    for g in M.DEV_GROUPS:
        train = dev[texts.group[dev] != g]
        test = dev[texts.group[dev] == g]
        flag, p, t, _ = run_detector(name, texts, F, train)
        flagged[test] = flag(test) >= t
        params[g] = (p, round(t, 3))
    a, r, f = texts.attack[dev], texts.rules[dev], flagged[dev]
    subtle = np.array([texts.technique[i] in M.SUBTLE for i in dev]) & a
    res = {"alone_det": int(f[a].sum()), "alone_fp": int(f[~a].sum()), "both_det": int((f | r)[a].sum()), "both_fp": int((f | r)[~a].sum()), "n_atk": int(a.sum()), "n_ben": int((~a).sum()), "subtle_alone": int(f[subtle].sum()), "n_subtle": int(subtle.sum()), "params": {k: str(v) for k, v in params.items()}}
    print(f"  dev leave-one-author-out: alone {pct(res['alone_det'], res['n_atk'])}, {pct(res['alone_fp'], res['n_ben'])} benign; with rules {pct(res['both_det'], res['n_atk'])}, {pct(res['both_fp'], res['n_ben'])}; subtle alone {pct(res['subtle_alone'], res['n_subtle'])}")
    return res


def main():
    args = sys.argv[1:]
    do_grouped = "--grouped" in args
    args = [a for a in args if a != "--grouped"]
    emb_name = "wordllama"
    if "--embedder" in args:
        k = args.index("--embedder")
        emb_name = args[k + 1]
        del args[k : k + 2]
    texts, meta = load_all()
    F = features(Embedder(emb_name), meta) if any(not n.startswith("tfidf") for n in args) else {}
    dev = np.where(~texts.extra)[0]
    tr = np.where(texts.extra)[0]
    results_path = f"{CACHE}/emb-results.json"
    out = json.load(open(results_path)) if os.path.exists(results_path) else {}
    for name in args:
        key = name if emb_name == "wordllama" or name.startswith("tfidf") else f"{emb_name}:{name}"
        t0 = time.time()
        print(f"== {key}", flush=True)
        score, p, t, table = run_detector(name, texts, F, dev)
        print(f"  chosen param {p}, threshold {t:.4f}; selection (param, thr, oof alone det, oof alone fp): {table}")
        z = score(tr)
        report(key, texts, meta, z >= t, tr, out)
        out[key]["ranking"] = ranking(z, texts.attack[tr])
        print(f"  ranking on training (oracle threshold, detector alone): {out[key]['ranking']}")
        out[key]["param"] = str(p)
        out[key]["threshold"] = t
        if do_grouped:
            out[key]["grouped"] = grouped(name, texts, F)
        print(f"  ({time.time() - t0:.0f} s)", flush=True)
        json.dump(out, open(results_path, "w"), indent=1)


if __name__ == "__main__":
    main()
