"""Static embeddings for the embedding experiment (branch emb-exp): WordLlama l2_supercat 256-d
(the weights bundled in the `wordllama` wheel, loaded offline), mean-pooled over the tokens of a text
or of each sentence. Deterministic (a lookup and a mean)."""
from __future__ import annotations

import os
import re

import numpy as np

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("RAYON_NUM_THREADS", "1")


def load_wordllama():
    import wordllama
    from wordllama import WordLlama

    # The wheel bundles weights/ and tokenizers/; pointing the cache at the package avoids any download.
    pkg = os.path.dirname(wordllama.__file__)
    return WordLlama.load(cache_dir=pkg, disable_download=True)


class Embedder:
    def __init__(self, name: str = "wordllama"):
        self.name = name
        if name == "wordllama":
            wl = load_wordllama()
            self.tok = wl.tokenizer
            self.tok.no_padding()
            self.matrix = np.ascontiguousarray(wl.embedding.astype(np.float32))
            self.map = None
            self.tokw = None
        elif name == "tokenlearn":
            # tokenlearn-static-model: 276k-token unigram tokenizer, each token mapped to one of 10,000
            # int8 64-d vectors with a per-token weight (model2vec-style quantised vocabulary).
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer

            import static_model

            d = os.path.join(os.path.dirname(static_model.__file__), "model")
            self.tok = Tokenizer.from_file(os.path.join(d, "tokenizer.json"))
            self.tok.no_padding()
            self.tok.no_truncation()
            w = load_file(os.path.join(d, "model.safetensors"))
            self.matrix = w["embeddings"].astype(np.float32)
            self.map = w["mapping"]
            self.tokw = w["weights"]
        else:
            raise ValueError(name)
        self.dim = self.matrix.shape[1]

    def ids(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tok.encode_batch(texts, add_special_tokens=False)]

    def pool(self, ids: list[int]) -> np.ndarray:
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        ids = np.asarray(ids)
        if self.map is None:
            return self.matrix[ids].mean(axis=0)
        v = self.matrix[self.map[ids]] * self.tokw[ids][:, None]
        return v.mean(axis=0)

    def mean(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.pool(i) for i in self.ids(texts)])


SENTENCE_END = re.compile(r"(?<=[.!?;:。！？؟।])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Rough sentence split (punctuation followed by space, or a line break); pieces of fewer than 3
    non-space characters dropped."""
    return [s for s in (p.strip() for p in SENTENCE_END.split(text)) if len(s.replace(" ", "")) >= 3]


def unit(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(n > 0, n, 1)
