#!/usr/bin/env bash
# `npm run train:intake`: retrains the learned word weights of the intake filter on the corpus's
# dev split, the training-only material (test/fixtures/intake/training.jsonl) and the honest test
# neighbours (neighbours.jsonl) (docs/adr/0006-learned-word-weights.md) and rewrites
# app/intake/learned-weights.ts.
# Needs python3 with scikit-learn (pip install -r scripts/intake-model/requirements.txt). Run it
# after changing the corpus's dev split, the normaliser or the tokenizer, then `npm run eval:intake`.
# `npm run train:intake -- --grouped-cv [VARIANT ...]` instead measures the training procedure by
# leave-one-author-out cross-validation on dev (grouped_cv.py) and writes nothing but the export;
# `npm run train:intake -- --leave-author-out 42,44,45 [VARIANT ...]` holds out each named author of the training-only
# material in turn (leave_author_out.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .cache/intake-model
python3 -c 'import sklearn' 2>/dev/null || { echo "train:intake needs scikit-learn: pip install -r scripts/intake-model/requirements.txt" >&2; exit 2; }
export_out=$(npx tsx scripts/intake-model/export-terms.ts test/fixtures/intake/corpus.jsonl .cache/intake-model/dev-terms.jsonl)
sha=$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).corpus_sha256)' "$export_out")
training_sha=$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).training_sha256)' "$export_out")
neighbours_sha=$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).neighbours_sha256)' "$export_out")
# One thread: the same figures whatever the machine (and no second core taken).
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
if [[ "${1:-}" == "--grouped-cv" ]]; then
  shift
  exec python3 scripts/intake-model/grouped_cv.py .cache/intake-model/dev-terms.jsonl "$@"
fi
if [[ "${1:-}" == "--leave-author-out" ]]; then
  shift
  [[ $# -ge 1 ]] || { echo "usage: npm run train:intake -- --leave-author-out AUTHORS [VARIANT ...] (AUTHORS: e.g. 42,44,45)" >&2; exit 2; }
  exec python3 scripts/intake-model/leave_author_out.py .cache/intake-model/dev-terms.jsonl "$@"
fi
python3 scripts/intake-model/train.py .cache/intake-model/dev-terms.jsonl "$sha" "$training_sha" "$neighbours_sha" app/intake/learned-weights.ts
