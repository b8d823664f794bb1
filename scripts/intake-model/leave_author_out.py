#!/usr/bin/env python3
"""Leave-one-author-out on the training-only material: for each named author of test/fixtures/intake/training.jsonl
("tNN-..."), the whole training procedure (threshold included) runs without that author, and that author's texts are
scored by what it produced, as a new author's would be. Prints, per author and in total, attacks caught and honest texts
flagged by the weights alone and with the rules (the rules' column is the export's: today's rules, which were tuned on
these authors, so it is optimistic and the same for every variant). Compare variants by the totals, at matched false
positives. Used in the twenty-second session to choose the threshold's budget (docs/adr/0006-learned-word-weights.md,
"Budget on the weights' own share"). Deterministic; one thread (train.sh sets it).

Usage: npm run train:intake -- --leave-author-out AUTHORS [VARIANT ...]
  AUTHORS: comma-separated author numbers of the material, e.g. 42,44,45; VARIANT as in grouped_cv.py (default: adopted).
"""
import sys

import numpy as np

from grouped_cv import variant
from model import load, select


def main():
    terms_path, authors, *names = sys.argv[1:]
    texts = load(terms_path)
    groups = [f"train{a.strip()}" for a in authors.split(",") if a.strip()]
    missing = [g for g in groups if not (texts.group == g).any()]
    if missing:
        sys.exit(f"no training texts for {', '.join(missing)} (authors are the NN of ids tNN-...)")
    for name in names or ["adopted"]:
        cfg = variant(name)
        total = np.zeros(6, dtype=int)
        for g in groups:
            held = np.where(texts.group == g)[0]
            sel = select(cfg, texts, np.where(texts.group != g)[0])
            alone = sel.model.scores(texts, held) >= sel.threshold
            rules, attack = texts.rules[held], texts.attack[held]
            row = np.array([attack.sum(), (alone & attack).sum(), ((alone | rules) & attack).sum(), (~attack).sum(), (alone & ~attack).sum(), ((alone | rules) & ~attack).sum()])
            total += row
            print(f"{name} {g}: threshold {sel.threshold:.3f}; attacks {row[0]}, caught alone {row[1]}, with the rules {row[2]}; honest {row[3]}, flagged alone {row[4]}, with the rules {row[5]}", flush=True)
        print(f"TOTAL {name}: attacks {total[0]}, caught alone {total[1]}, with the rules {total[2]}; honest {total[3]}, flagged alone {total[4]}, with the rules {total[5]}", flush=True)


if __name__ == "__main__":
    main()
