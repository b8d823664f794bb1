#!/usr/bin/env python3
"""Leave-one-author-out cross-validation of the learned word weights' training procedure, on the dev
split only (`npm run train:intake -- --grouped-cv [VARIANT ...]`).

Each fold holds out one author group of dev: the original texts, or one blind set (1, 2, 5, 6, 8, 10, 11, 13;
test/fixtures/intake/README.md). The whole procedure of train.py (choice of C and threshold
included) runs on the other groups, and the held-out group is scored by what it produced: that is
"an author the filter never saw", as the holdout split and every new blind set are. Printed per
held-out group: the rules alone, the weights alone and both, as detection / false positives.

The rules were written on all of dev, so their figures here are optimistic (they catch nearly every
dev attack); the weights' own catch ("alone") and their own false positives are the figures to
compare variants by. Deterministic: the same export gives the same output.

Usage: python3 scripts/intake-model/grouped_cv.py DEV_TERMS [--no-ranking] [VARIANT ...]   (no variant: the adopted one)
A VARIANT is a name of VARIANTS or NAME:field=value,... (fields of model.Config; c_grid as 4/16/64),
e.g. "adopted:pairs=2,budget=0.0125". --no-ranking skips the threshold-free ranking line (it refits
every C once more per group).
"""
import sys
from dataclasses import fields

import numpy as np

from model import DEV_GROUPS, SUBTLE, Config, load, out_of_fold, select, with_
from train import ADOPTED

BASE = Config()
# The newest dev author sets: the figure they get with the rules is printed apart.
NEWEST = ("set10", "set11", "set13")
VARIANTS = {
    "adopted": ADOPTED,
    # The procedure before grouped cross-validation: C and threshold by stratified 5-fold.
    "words-random": with_(BASE, name="words-random", selection="random"),
    "words": BASE,
    "words-b0.5": with_(BASE, name="words-b0.5", budget=0.005),
    "words-b1.5": with_(BASE, name="words-b1.5", budget=0.015),
    "words-b2": with_(BASE, name="words-b2", budget=0.02),
    "win1": with_(BASE, name="win1", windows=1),
    "win2": with_(BASE, name="win2", windows=2),
    "win3": with_(BASE, name="win3", windows=3),
    "win2-m6": with_(BASE, name="win2-m6", windows=2, window_min_terms=6),
    "win2-m12": with_(BASE, name="win2-m12", windows=2, window_min_terms=12),
    "win2-aug": with_(BASE, name="win2-aug", windows=2, benign_windows=True),
    "win2-mil": with_(BASE, name="win2-mil", windows=2, benign_windows=True, attack_windows=True),
    "win3-mil": with_(BASE, name="win3-mil", windows=3, benign_windows=True, attack_windows=True),
    "bigram": with_(BASE, name="bigram", pairs=1),
    "char35": with_(BASE, name="char35", char=(3, 5)),
    "char24": with_(BASE, name="char24", char=(2, 4)),
    "bigram-win2": with_(BASE, name="bigram-win2", pairs=1, windows=2),
    "char35-bigram": with_(BASE, name="char35-bigram", char=(3, 5), pairs=1),
    "char35-b0.5": with_(BASE, name="char35-b0.5", char=(3, 5), budget=0.005),
    "char35-b1.5": with_(BASE, name="char35-b1.5", char=(3, 5), budget=0.015),
    "char35-df3": with_(BASE, name="char35-df3", char=(3, 5), min_df=3),
    "char34": with_(BASE, name="char34", char=(3, 4)),
    "char35-mean": with_(BASE, name="char35-mean", char=(3, 5), char_mode="mean"),
    "char35-mean-c": with_(BASE, name="char35-mean-c", char=(3, 5), char_mode="mean", c_grid=(4.0, 16.0, 64.0)),
    "char35-sqrt": with_(BASE, name="char35-sqrt", char=(3, 5), char_mode="sqrt"),
    "char33": with_(BASE, name="char33", char=(3, 3)),
    "char44": with_(BASE, name="char44", char=(4, 4)),
    "char45": with_(BASE, name="char45", char=(4, 5)),
    "char35-c": with_(BASE, name="char35-c", char=(3, 5), c_grid=(4.0, 8.0, 16.0, 32.0)),
    "char35-win2": with_(BASE, name="char35-win2", char=(3, 5), windows=2),
    "words-c64": with_(BASE, name="words-c64", c_grid=(16.0, 64.0, 256.0)),
    "words-unbalanced": with_(BASE, name="words-unbalanced", class_weight=None),
    "words-df1": with_(BASE, name="words-df1", min_df=1),
    # Word pairs: each term with the next k terms of its sentence (k = 1: adjacent terms, as "bigram";
    # 99: any pair of the sentence, dev's longest has fewer terms), with grouped selection or with the
    # shipped procedure (ADOPTED). Other operating points: "VARIANT:field=value,..." (see `variant`).
    **{f"pairs{k}": with_(BASE, name=f"pairs{k}", pairs=k) for k in (1, 2, 3, 5, 99)},
    **{f"adopted-pairs{k}": with_(ADOPTED, name=f"adopted-pairs{k}", pairs=k) for k in (1, 2, 3, 5, 99)},
}


def pct(hit: int, n: int) -> str:
    return f"{100 * hit / n:5.1f}% ({hit:3d}/{n:3d})" if n else "-"


def run(cfg: Config, texts) -> dict:
    # Only dev's own texts are held out and scored; training-only material stays in every fold's
    # training (unless the variant says extra=0).
    texts = texts.subset(np.where(~texts.extra | cfg.extra)[0])
    n = len(texts.ids)
    flagged = np.zeros(n, dtype=bool)
    print(f"\n== {cfg.name}: {cfg}", flush=True)
    print(f"{'held out':9} {'C':>5} {'thr':>6} | {'rules det':>16} {'rules FP':>16} | {'alone det':>16} {'alone FP':>16} | {'both det':>16} {'both FP':>16}")
    for g in DEV_GROUPS:
        train = np.where(texts.group != g)[0]
        test = np.where(texts.group == g)[0]
        sel = select(cfg, texts, train)
        flagged[test] = sel.model.scores(texts, test) >= sel.threshold
        a, r, f = texts.attack[test], texts.rules[test], flagged[test]
        print(
            f"{g:9} {sel.c:5g} {sel.threshold:6.3f} | {pct(r[a].sum(), a.sum())} {pct(r[~a].sum(), (~a).sum())} | "
            f"{pct(f[a].sum(), a.sum())} {pct(f[~a].sum(), (~a).sum())} | {pct((f | r)[a].sum(), a.sum())} {pct((f | r)[~a].sum(), (~a).sum())}"
        )
    print(f"(each fold also trained on {int(texts.extra.sum())} training-only texts)" if texts.extra.any() else "(no training-only texts)")
    everything, own = texts, np.where(~texts.extra)[0]
    texts, flagged = texts.subset(own), flagged[own]
    a, r, f = texts.attack, texts.rules, flagged
    subtle = np.array([t in SUBTLE for t in texts.technique]) & a
    blind = texts.group != "original"
    print(
        f"{'all':9} {'':5} {'':6} | {pct(r[a].sum(), a.sum())} {pct(r[~a].sum(), (~a).sum())} | "
        f"{pct(f[a].sum(), a.sum())} {pct(f[~a].sum(), (~a).sum())} | {pct((f | r)[a].sum(), a.sum())} {pct((f | r)[~a].sum(), (~a).sum())}"
    )
    print(
        f"weights alone: subtle techniques {pct(f[subtle].sum(), subtle.sum())}; blind sets {pct(f[a & blind].sum(), (a & blind).sum())} caught, "
        f"{pct(f[~a & blind].sum(), (~a & blind).sum())} benign flagged; sets 10, 11 and 13 (newest) with the rules {pct((f | r)[a & np.isin(texts.group, NEWEST)].sum(), (a & np.isin(texts.group, NEWEST)).sum())}"
    )
    # How well the scores rank, whatever the threshold: leave-one-group-out scores of all dev (each C
    # of the grid), the weights' own catch where they flag 0.5%, 1% and 2% of the benign texts.
    parts = []
    for c in cfg.c_grid if RANKING else ():
        oof = out_of_fold(with_(cfg, selection="grouped"), everything, np.arange(n), c)[own]
        benign = np.sort(oof[~a])[::-1]
        caught = []
        for share in (0.003, 0.005, 0.01, 0.02):
            k = int(np.floor(share * (~a).sum()))  # at most k benign texts at or above the threshold
            t = benign[k] if k < len(benign) else -np.inf
            caught.append(f"{100 * (oof[a] > t).mean():4.1f}%")
        parts.append(f"C={c:g}: {' / '.join(caught)}")
    print(f"ranking (weights alone, caught at 0.3% / 0.5% / 1% / 2% of benign flagged, leave-one-group-out): {'; '.join(parts)}")
    return {"alone": f[a].mean(), "fp": f[~a].mean()}


def variant(name: str) -> Config:
    """A named variant, or "BASE:field=value,..." with BASE a named variant (e.g.
    "words:pairs=1,budget=0.005,c_grid=4/16/64")."""
    if name in VARIANTS:
        return VARIANTS[name]
    base, _, changes = name.partition(":")
    if base not in VARIANTS or not changes:
        sys.exit(f"unknown variant {name}; known: {', '.join(VARIANTS)}, or VARIANT:field=value,...")
    types = {f.name: f.type for f in fields(Config)}
    parsed = {}
    for change in changes.split(","):
        key, _, value = change.partition("=")
        if key not in types:
            sys.exit(f"unknown field {key}")
        t = str(types[key])
        if key == "c_grid":
            parsed[key] = tuple(float(c) for c in value.split("/"))
        elif t.startswith("int"):
            parsed[key] = int(value)
        elif t.startswith("float"):
            parsed[key] = float(value)
        elif t.startswith("bool"):
            parsed[key] = value in ("1", "true", "True")
        else:
            parsed[key] = value
    return with_(VARIANTS[base], name=name, **parsed)


RANKING = True


def main():
    global RANKING
    args = sys.argv[1:]
    if "--no-ranking" in args:  # the threshold-free ranking line refits every C once more per group
        args.remove("--no-ranking")
        RANKING = False
    texts = load(args[0])
    names = args[1:] or ["adopted"]
    for name in names:
        run(variant(name), texts)


if __name__ == "__main__":
    main()
