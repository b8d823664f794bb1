#!/usr/bin/env python3
"""Single-thread throughput of the WordLlama embedding on the corpus's small texts (dev + training-only
material; never the holdout): tokenization (HF tokenizers, Rust, one thread) alone, and tokenization +
lookup + mean, in MB/s of UTF-8 input. Usage: OMP_NUM_THREADS=1 RAYON_NUM_THREADS=1 python3 bench.py"""
import json
import os
import sys
import time

for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(v, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402

from embed import Embedder  # noqa: E402

texts = [json.loads(l)["raw"] for l in open(".cache/intake-model/emb-texts.jsonl", encoding="utf-8") if l.strip()]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
emb = Embedder("wordllama")
print(f"{len(texts)} texts, {mb:.2f} MB, mean {1e6 * mb / len(texts):.0f} bytes; vocab {emb.matrix.shape[0]}, dim {emb.dim}")


def best(f, n=5):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return min(ts)


t_tok1 = best(lambda: [emb.tok.encode(t, add_special_tokens=False).ids for t in texts])
t_tokb = best(lambda: emb.ids(texts))
ids = emb.ids(texts)
n_tok = sum(len(i) for i in ids)
t_pool = best(lambda: [emb.pool(i) for i in ids])
t_all = best(lambda: [emb.pool(i) for i in emb.ids(texts)])
print(f"tokens {n_tok} ({n_tok / (mb * 1e6):.3f} per byte)")
print(f"tokenize one text at a time: {mb / t_tok1:.1f} MB/s; encode_batch (1 thread): {mb / t_tokb:.1f} MB/s")
print(f"lookup + mean (numpy, per text): {mb / t_pool:.1f} MB/s; tokenize + lookup + mean: {mb / t_all:.1f} MB/s")
