// Throughput of the WordLlama (LLaMA-2 SentencePiece BPE, 32,000 tokens) tokenizer in pure JavaScript
// (@huggingface/tokenizers, installed outside the repo), plus a 256-d Float32 lookup + mean as a port
// would do it, on the corpus's dev + training-only texts (.cache/intake-model/emb-texts.jsonl; no
// holdout). Usage: NODE_PATH=... node bench-tokenizer.mjs TOKENIZER_JSON EMB_TEXTS
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.TOKENIZERS_FROM ?? import.meta.url);
const { Tokenizer } = require("@huggingface/tokenizers");
const [tokPath, textsPath] = process.argv.slice(2);
const tj = JSON.parse(readFileSync(tokPath, "utf8"));
const tok = new Tokenizer(tj, { add_bos_token: false, add_eos_token: false });
const texts = readFileSync(textsPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).raw);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const dim = 256, vocab = 32000;
const W = new Float32Array(vocab * dim);
for (let i = 0; i < W.length; i++) W[i] = ((i * 2654435761) % 1000) / 1000 - 0.5;
const best = (f, n = 5) => { let b = Infinity; for (let k = 0; k < n; k++) { const t0 = performance.now(); f(); b = Math.min(b, performance.now() - t0); } return b / 1000; };
let ids;
const tTok = best(() => { ids = texts.map((t) => tok.encode(t, { add_special_tokens: false }).ids); });
const acc = new Float32Array(dim);
const tPool = best(() => { for (const s of ids) { acc.fill(0); for (const id of s) { const o = id * dim; for (let d = 0; d < dim; d++) acc[d] += W[o + d]; } } });
const nTok = ids.reduce((n, s) => n + s.length, 0);
console.log(JSON.stringify({ texts: texts.length, MB: +(bytes / 1e6).toFixed(2), tokens: nTok, tokenize_MBps: +(bytes / 1e6 / tTok).toFixed(2), lookup_mean_MBps: +(bytes / 1e6 / tPool).toFixed(1), both_MBps: +(bytes / 1e6 / (tTok + tPool)).toFixed(2) }));
