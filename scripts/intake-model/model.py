"""The learned word weights' training procedure (docs/adr/0006-learned-word-weights.md), shared by
train.py (fits the weights the filter ships) and grouped_cv.py (measures the procedure on authors it
never saw). Reads only what export-terms.ts writes: the dev split.

A configuration (`Config`) says which features a text has, how a text is scored and how the
regularisation C and the threshold are chosen; `select` applies the whole procedure to some texts
and returns a model with its threshold, so that grouped_cv.py can run exactly what train.py runs on
a part of dev and judge it on the rest.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

EMAIL_TERM = "@email"
NUMBER_TERM = "#num"
# Fewer known terms than this and the weights do not judge a text (MIN_TERMS in learned-score.ts).
MIN_TERMS = 12
SEED = 1

# The blind author sets of dev (test/fixtures/intake/README.md), by id range; everything below the
# first range is the original corpus. Sets 3, 4, 7, 9, 12, 14, 16, 18, 21, 25, 28, 31, 34 and 35 are holdout and never exported.
ATTACK_SETS = [(196, "set1"), (296, "set2"), (396, "set3"), (496, "set4"), (596, "set5"), (696, "set6"), (796, "set7"), (896, "set8"), (996, "set9"), (1096, "set10"), (1196, "set11"), (1296, "set12"), (1396, "set13"), (1496, "set14"), (1596, "set15"), (1696, "set16"), (1796, "set17"), (1896, "set18"), (1996, "set19"), (2096, "set20"), (2196, "set21"), (2296, "set22"), (2396, "set23"), (2496, "set24"), (2596, "set25"), (2696, "set26"), (2796, "set27"), (2896, "set28"), (2996, "set29"), (3096, "set30"), (3196, "set31"), (3296, "set32"), (3396, "set33"), (3496, "set34"), (3596, "set35"), (3696, "new")]
BENIGN_SETS = [(172, "set1"), (272, "set2"), (372, "set3"), (472, "set4"), (572, "set5"), (672, "set6"), (772, "set7"), (872, "set8"), (972, "set9"), (1072, "set10"), (1172, "set11"), (1272, "set12"), (1372, "set13"), (1472, "set14"), (1572, "set15"), (1672, "set16"), (1772, "set17"), (1872, "set18"), (1972, "set19"), (2072, "set20"), (2172, "set21"), (2272, "set22"), (2372, "set23"), (2472, "set24"), (2572, "set25"), (2672, "set26"), (2772, "set27"), (2872, "set28"), (2972, "set29"), (3072, "set30"), (3172, "set31"), (3272, "set32"), (3372, "set33"), (3472, "set34"), (3572, "set35"), (3672, "new")]
DEV_GROUPS = ("original", "set1", "set2", "set5", "set6", "set8", "set10", "set11", "set13", "set15", "set17", "set19", "set20", "set22", "set23", "set24", "set26", "set27", "set29", "set30", "set32", "set33")
# Techniques the rules miss most on text nobody tuned on (README: subtle insider phrasing).
SUBTLE = {"prior_approval", "authority_claim", "urgency_skip_review", "extra_target", "swapped_target", "exfiltration", "privileged_target", "wildcard_target"}


# The honest test neighbours (test/fixtures/intake/neighbours.jsonl, ids "nb-ben-NNNN"): short honest
# sentences the rules' own tests keep clean. Trained on as benign in every fold, never scored while
# choosing the threshold: they are hard negatives chosen one rule at a time, not a sample of requests.
NEIGHBOURS = "neighbours"


def author_group(text_id: str) -> str:
    """The author group of a dev text (by id range), "trainN" for training-only material ("tN-..."),
    "shortN" for short honest material ("sN-ben-..."), or NEIGHBOURS ("nb-ben-...")."""
    if text_id.startswith("t") and text_id[1:2].isdigit():
        return "train" + text_id[1 : text_id.index("-")]
    if text_id.startswith("s") and text_id[1:2].isdigit():
        return "short" + text_id[1 : text_id.index("-")]
    if text_id.startswith("nb-"):
        return NEIGHBOURS
    kind, number = text_id.split("-")
    group = "original"
    for start, name in ATTACK_SETS if kind == "atk" else BENIGN_SETS:
        if int(number) >= start:
            group = name
    if group not in DEV_GROUPS:
        raise ValueError(f"{text_id} is not in a dev group ({group})")
    return group


@dataclass(frozen=True)
class Config:
    name: str = "words"
    # Word pairs within a sentence ("a b", a before b): 0 = none, k = each term with each of the next
    # k terms of its sentence (1 = adjacent terms, bigrams; a large k = any pair in the sentence).
    pairs: int = 0
    # Pairs must appear in at least this many training texts (terms: min_df).
    pair_min_df: int = 2
    # Character n-grams of each word's key (lengths, inclusive), or None.
    char: tuple[int, int] | None = None
    # How n-grams enter: "tfidf" (features beside the terms, one tf-idf vector) or "mean" (each word
    # a unit vector of its n-grams' idf, the text the mean of its words' vectors, beside the terms'
    # own tf-idf vector: a word's part of the score is then one number, computed once per word), or
    # "sqrt" (the same, the sum of the words' vectors divided by the square root of their number).
    char_mode: str = "tfidf"
    # Also score every run of 1..windows consecutive sentences with at least window_min_terms known
    # terms; a text's score is the highest of its own and its windows'. 0 = the whole text only.
    windows: int = 0
    window_min_terms: int = 8
    c_grid: tuple[float, ...] = (1.0, 4.0, 16.0)
    # The threshold is the lowest at which rules + weights flag at most this share of benign texts
    # out of fold.
    budget: float = 0.01
    # What the budget bounds: "total", the benign texts flagged by the rules or the weights; "marginal", those flagged by the
    # weights and not by the rules (the weights' own share, whatever the rules already flag).
    budget_mode: str = "total"
    # How out-of-fold scores are made for choosing C and the threshold: "grouped" (leave one author
    # set out) or "random" (stratified 5-fold, the procedure before grouped cross-validation).
    selection: str = "grouped"
    # Whether out-of-fold scores for choosing the threshold leave texts of fewer than MIN_TERMS known
    # terms unscored, as the filter does (the weights shipped with ADR 0006 were chosen without).
    gate_in_selection: bool = True
    class_weight: str | None = "balanced"
    min_df: int = 2
    # Also train on every benign text's sentence windows, labelled benign (they are benign).
    benign_windows: bool = False
    # Also train on each attack's highest-scoring window (after a first fit), labelled attack
    # (multiple-instance learning: the attack is in at least one window).
    attack_windows: bool = False
    # Train on the training-only material too (grouped_cv.py: "adopted:extra=0" measures without it).
    extra: bool = True
    # Train on the honest test neighbours too (as benign, in every fold; with extra only).
    neighbours: bool = False


@dataclass
class Texts:
    ids: list[str]
    terms: list[list[str]]
    sentences: list[list[int]]
    attack: np.ndarray
    rules: np.ndarray
    technique: list[str]
    # Training-only material (test/fixtures/intake/training.jsonl): trained on, never scored as a
    # held-out group.
    extra: np.ndarray
    group: np.ndarray = field(init=False)

    def __post_init__(self):
        self.group = np.array([author_group(i) for i in self.ids])

    def subset(self, idx: np.ndarray) -> "Texts":
        """The texts at idx, in that order."""
        return Texts(
            ids=[self.ids[i] for i in idx],
            terms=[self.terms[i] for i in idx],
            sentences=[self.sentences[i] for i in idx],
            attack=self.attack[idx],
            rules=self.rules[idx],
            technique=[self.technique[i] for i in idx],
            extra=self.extra[idx],
        )


def load(path: str) -> Texts:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return Texts(
        ids=[r["id"] for r in rows],
        terms=[r["terms"] for r in rows],
        sentences=[r["sentences"] for r in rows],
        attack=np.array([r["attack"] for r in rows]),
        rules=np.array([r["rules"] for r in rows]),
        technique=[r.get("technique", "") for r in rows],
        extra=np.array([bool(r.get("extra", False)) for r in rows], dtype=bool),
    )


def grams(term: str, lo: int, hi: int) -> list[str]:
    """A word's character n-grams ("~" + n-gram of " key "); none for addresses and numbers."""
    if term in (EMAIL_TERM, NUMBER_TERM):
        return []
    padded = f" {term} "
    return ["~" + padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


def pairs(terms: list[str], sentences: list[int], window: int) -> list[str]:
    """Each term paired with each of the next `window` terms of its sentence ("a b"), in order."""
    out = []
    ends = list(sentences[1:]) + [len(terms)]
    for start, end in zip(sentences, ends):
        for i in range(start, end):
            for j in range(i + 1, min(end, i + 1 + window)):
                out.append(f"{terms[i]} {terms[j]}")
    return out


def features(terms: list[str], sentences: list[int], cfg: Config) -> list[str]:
    """The features of a run of terms: the terms, pairs of adjacent terms in a sentence ("a b"), and
    each word's character n-grams ("~" + n-gram of " key ")."""
    out = list(terms)
    if cfg.pairs > 0:
        out += pairs(terms, sentences, cfg.pairs)
    if cfg.char is not None and cfg.char_mode == "tfidf":
        for t in terms:
            out += grams(t, *cfg.char)
    return out


class MeanGrams:
    """The "mean" n-gram block: n-grams in at least min_df texts, idf over texts (smoothed); a word's
    vector is its n-grams' counts times idf, L2-normalised; a text's is the mean over its words
    (tokens that are not addresses or numbers; zero when it has none)."""

    def __init__(self, docs: list[list[str]], cfg: Config):
        self.cfg = cfg
        df: dict[str, int] = {}
        for terms in docs:
            for g in {g for t in set(terms) for g in grams(t, *cfg.char)}:
                df[g] = df.get(g, 0) + 1
        kept = sorted(g for g, n in df.items() if n >= cfg.min_df)
        self.vocabulary_ = {g: i for i, g in enumerate(kept)}
        self.idf_ = np.array([np.log((1 + len(docs)) / (1 + df[g])) + 1 for g in kept])
        self.words: dict[str, dict[int, float]] = {}

    def word(self, term: str) -> dict[int, float]:
        v = self.words.get(term)
        if v is None:
            v = {}
            for g in grams(term, *self.cfg.char):
                i = self.vocabulary_.get(g)
                if i is not None:
                    v[i] = v.get(i, 0.0) + self.idf_[i]
            norm = np.sqrt(sum(x * x for x in v.values()))
            v = {i: x / norm for i, x in v.items()} if norm > 0 else {}
            self.words[term] = v
        return v

    def transform(self, docs: list[list[str]]):
        from scipy.sparse import csr_matrix

        rows, cols, vals = [], [], []
        for r, terms in enumerate(docs):
            words = [t for t in terms if t not in (EMAIL_TERM, NUMBER_TERM)]
            acc: dict[int, float] = {}
            for t in words:
                for i, x in self.word(t).items():
                    acc[i] = acc.get(i, 0.0) + x
            scale = np.sqrt(len(words)) if self.cfg.char_mode == "sqrt" else len(words)
            for i, x in acc.items():
                rows.append(r)
                cols.append(i)
                vals.append(x / scale)
        return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self.vocabulary_)))


def windows(n_sentences: int, width: int) -> list[tuple[int, int]]:
    """Runs of 1..width consecutive sentences (first, last + 1), the whole text excluded."""
    return [(a, a + w) for w in range(1, width + 1) for a in range(n_sentences - w + 1) if w < n_sentences]


def window_terms(terms: list[str], sentences: list[int], a: int, b: int) -> tuple[list[str], list[int]]:
    start = sentences[a]
    end = sentences[b] if b < len(sentences) else len(terms)
    return terms[start:end], [s - start for s in sentences[a:b]]


class Model:
    """A fitted vectorizer and logistic regression, scoring texts as the filter would."""

    def __init__(self, cfg: Config, texts: Texts, idx: np.ndarray, c: float):
        self.cfg = cfg
        docs = [features(texts.terms[i], texts.sentences[i], cfg) for i in idx]
        labels = list(texts.attack[idx])
        if cfg.benign_windows:
            for i in idx:
                if texts.attack[i]:
                    continue
                for a, b in windows(len(texts.sentences[i]), max(cfg.windows, 1)):
                    t, s = window_terms(texts.terms[i], texts.sentences[i], a, b)
                    docs.append(features(t, s, cfg))
                    labels.append(False)
        self.c = c
        self._fit(docs, labels)
        if cfg.attack_windows:
            for i in idx:
                if not texts.attack[i]:
                    continue
                units = [window_terms(texts.terms[i], texts.sentences[i], a, b) for a, b in windows(len(texts.sentences[i]), max(cfg.windows, 1))]
                units = [features(t, s, cfg) for t, s in units if self.known(t) >= cfg.window_min_terms]
                if units:
                    z = self.lr.decision_function(self.transform(units))
                    docs.append(units[int(np.argmax(z))])
                    labels.append(True)
            self._fit(docs, labels)

    def _fit(self, docs, labels):
        if self.cfg.pairs > 0 and self.cfg.pair_min_df > self.cfg.min_df:
            df: dict[str, int] = {}
            for d in docs:
                for f in {f for f in d if " " in f}:
                    df[f] = df.get(f, 0) + 1
            docs = [[f for f in d if " " not in f or df[f] >= self.cfg.pair_min_df] for d in docs]
        self.vectorizer = TfidfVectorizer(analyzer=lambda f: f, min_df=self.cfg.min_df, sublinear_tf=True, lowercase=False)
        x = self.vectorizer.fit_transform(docs)
        if self.cfg.char is not None and self.cfg.char_mode in ("mean", "sqrt"):
            self.mean_grams = MeanGrams(docs, self.cfg)
            x = hstack([x, self.mean_grams.transform(docs)]).tocsr()
        self.lr = LogisticRegression(C=self.c, max_iter=5000, class_weight=self.cfg.class_weight).fit(x, np.array(labels))

    def transform(self, docs):
        x = self.vectorizer.transform(docs)
        if self.cfg.char is not None and self.cfg.char_mode in ("mean", "sqrt"):
            x = hstack([x, self.mean_grams.transform(docs)]).tocsr()
        return x

    def known(self, terms: list[str]) -> int:
        vocab = self.vectorizer.vocabulary_
        return sum(1 for t in terms if t in vocab)

    def scores(self, texts: Texts, idx: np.ndarray, gate: bool = True) -> np.ndarray:
        """Each text's score (log-odds): -inf when it has fewer than MIN_TERMS known terms (unless
        not `gate`), else the highest of the whole text's and (with windows) each window's of
        enough known terms."""
        units: list[list[str]] = []
        owner: list[int] = []
        for k, i in enumerate(idx):
            terms, sentences = texts.terms[i], texts.sentences[i]
            if gate and self.known(terms) < MIN_TERMS:
                continue
            units.append(features(terms, sentences, self.cfg))
            owner.append(k)
            for a, b in windows(len(sentences), self.cfg.windows):
                t, s = window_terms(terms, sentences, a, b)
                if self.known(t) >= self.cfg.window_min_terms:
                    units.append(features(t, s, self.cfg))
                    owner.append(k)
        out = np.full(len(idx), -np.inf)
        if units:
            z = self.lr.decision_function(self.transform(units))
            np.maximum.at(out, np.array(owner), z)
        return out


def threshold_at_budget(scores: np.ndarray, attack: np.ndarray, rules: np.ndarray, budget: float, mode: str = "total") -> float:
    """The lowest threshold at which scores >= threshold, together with the rules, flag at most
    `budget` of the benign texts ("total"), or flag at most `budget` of them that the rules do not
    ("marginal")."""
    for t in sorted(set(np.round(scores[np.isfinite(scores)], 6))):
        flagged = ((scores >= t) & ~rules) if mode == "marginal" else ((scores >= t) | rules)
        if flagged[~attack].mean() <= budget:
            return float(t)
    return float("inf")


def out_of_fold(cfg: Config, texts: Texts, idx: np.ndarray, c: float, always: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold scores of texts[idx]: leave one author set out, or stratified 5-fold. Texts at
    `always` are trained on in every fold and never scored."""
    always = np.array([], dtype=int) if always is None else always
    oof = np.zeros(len(idx))
    if cfg.selection == "grouped":
        groups = texts.group[idx]
        folds = [(np.where(groups != g)[0], np.where(groups == g)[0]) for g in sorted(set(groups))]
    else:
        folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(idx, texts.attack[idx]))
    for train, test in folds:
        oof[test] = Model(cfg, texts, np.concatenate([idx[train], always]), c).scores(texts, idx[test], gate=cfg.gate_in_selection)
    return oof


@dataclass
class Selected:
    model: Model
    c: float
    threshold: float
    # Out-of-fold figures on the texts selected on: attacks caught with the rules, benign texts flagged
    # with the rules, attacks caught by the weights alone.
    caught: float
    benign: float
    alone: float


def select(cfg: Config, texts: Texts, idx: np.ndarray) -> Selected:
    if not cfg.extra:
        idx = idx[~texts.extra[idx]]
    always = idx[texts.group[idx] == NEIGHBOURS] if cfg.neighbours else np.array([], dtype=int)
    return _select(cfg, texts, idx[texts.group[idx] != NEIGHBOURS], always)


def _select(cfg: Config, texts: Texts, idx: np.ndarray, always: np.ndarray) -> Selected:
    """The whole training procedure on texts[idx] (and texts[always], trained on, never scored): for
    each C, out-of-fold scores and the threshold at the budget; the C whose scores catch the most
    attacks on their own there (the rules catch nearly all of dev, which they were written on, so
    the combined rate cannot tell one C from another); then the model fitted on all of texts[idx]
    and texts[always] with that C and threshold."""
    attack, rules = texts.attack[idx], texts.rules[idx]
    best = None
    for c in cfg.c_grid:
        oof = out_of_fold(cfg, texts, idx, c, always)
        t = threshold_at_budget(oof, attack, rules, cfg.budget, cfg.budget_mode)
        flagged = (oof >= t) | rules
        alone = (oof >= t)[attack].mean()
        if best is None or alone > best[4]:
            best = (c, t, flagged[attack].mean(), flagged[~attack].mean(), alone)
    c, t, caught, benign, alone = best
    return Selected(Model(cfg, texts, np.concatenate([idx, always]), c), c, t, float(caught), float(benign), float(alone))


def with_(cfg: Config, **changes) -> Config:
    return replace(cfg, **changes)
