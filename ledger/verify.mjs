#!/usr/bin/env node
// Offboard ledger verifier for auditors: one file, Node.js 20+ standard library and the git CLI only.
// It checks everything ledger/SPEC.md §11 lists, in the same order, and agrees with `offboard verify`
// (the test suite runs both over the same intact and tampered ledgers).
//
//   node verify.mjs [--repo DIR] [--branch NAME] [--keys-ref REF | --keys DIR] [--checkpoint FILE]... [--quorum N] [--json]
//
// Exit codes: 0 the ledger verifies; 1 it does not (the first bad event or file is named);
// 2 usage or environment error (no git repository, no trust roots, unreadable file).
import { isUtf8 } from "node:buffer";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, createPublicKey, verify } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const SEGMENT_SIZE = 256;
const TAG_PREFIX = "refs/tags/ledger-checkpoint/";
const EVENT_TYPES = ["ledger.genesis", "key.added", "key.revoked", "request.received", "intake.flagged", "policy.decided",
  "approval.recorded", "approval.rejected", "packet.signed", "policy.merged", "doer.signature_rejected", "lease.issued", "lease.revoked", "phase.soft.accepted",
  "phase.soft.snapshot", "phase.soft.done", "phase.hard.scheduled", "phase.hard.done", "phase.failed", "phase.refused", "reinstate.started", "reinstate.done"];
const KEY_EVENTS = ["ledger.genesis", "key.added", "key.revoked"];
const ROLE_TYPES = { // §8: which role may sign which event type
  gatekeeper: [...KEY_EVENTS, "lease.issued", "lease.revoked", "request.received", "intake.flagged", "policy.decided", "approval.recorded", "approval.rejected", "packet.signed", "policy.merged"],
  doer: [...KEY_EVENTS, "lease.issued", "lease.revoked", "doer.signature_rejected", "phase.soft.accepted", "phase.soft.snapshot", "phase.soft.done", "phase.hard.scheduled", "phase.hard.done", "phase.failed", "phase.refused", "reinstate.started", "reinstate.done"],
};
const KID = /^([a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?)-([0-9a-f]{16})$/;
const HEX64 = /^[0-9a-f]{64}$/;

class Fault extends Error {
  constructor(seq, path, code, reason) { super(reason); Object.assign(this, { seq, path, code, reason }); }
}

// ---------- git ----------
const git = (repo, args, input) => {
  const r = spawnSync("git", ["-C", repo, ...args], { input, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { ok: r.status === 0, out: r.stdout };
};
// Many objects from one `git cat-file --batch` process, in order; null for a missing one.
const catBatch = (repo, specs) => {
  const out = spawnSync("git", ["-C", repo, "cat-file", "--batch"], { input: specs.map((s) => `${s}\n`).join(""), maxBuffer: 1 << 30 }).stdout;
  const objects = [];
  for (let at = 0; at < out.length;) {
    const eol = out.indexOf(10, at), [, , len] = out.subarray(at, eol).toString().split(" ");
    if (len === undefined) { objects.push(null); at = eol + 1; continue; } // "<spec> missing"
    objects.push(out.subarray(eol + 1, eol + 1 + Number(len)));
    at = eol + 1 + Number(len) + 1;
  }
  return objects;
};
const text = (repo, spec) => { const r = git(repo, ["cat-file", "-p", spec]); return r.ok ? r.out.toString("utf8") : null; };
const lsTree = (repo, spec) => git(repo, ["ls-tree", "-z", spec]).out.toString("utf8").split("\0").filter(Boolean)
  .map((l) => { const [meta, name] = l.split("\t"); const [mode, type, oid] = meta.split(" "); return { mode, type, oid, name }; });
const commitOf = (repo, ref) => { const r = git(repo, ["rev-parse", "-q", "--verify", `${ref}^{commit}`]); return r.ok ? r.out.toString().trim() : null; };

// ---------- hashes, canonical JSON (RFC 8785 for integers-only JSON), Merkle tree (RFC 6962) ----------
const sha256 = (...parts) => { const h = createHash("sha256"); for (const p of parts) h.update(p); return h.digest(); };
const leafHash = (s) => sha256(Buffer.from([0]), Buffer.from(s, "utf8")).toString("hex");
const nodeHash = (l, r) => sha256(Buffer.from([1]), Buffer.from(l, "hex"), Buffer.from(r, "hex")).toString("hex");
function canonical(v, depth = 0) {
  if (v === null || typeof v === "boolean") return String(v);
  if (typeof v === "number") { if (!Number.isSafeInteger(v) || Object.is(v, -0)) throw new Error(`number ${v} is not a safe integer`); return String(v); }
  if (typeof v === "string") { if (!v.isWellFormed()) throw new Error("lone surrogate"); return JSON.stringify(v); }
  if (depth >= 64) throw new Error("nested deeper than 64 levels");
  if (Array.isArray(v)) return `[${v.map((x) => canonical(x, depth + 1)).join(",")}]`;
  return `{${Object.keys(v).sort().map((k) => `${canonical(k)}:${canonical(v[k], depth + 1)}`).join(",")}}`;
}
const appendLeaf = (frontier, size, leaf) => { // frontier: roots of the perfect subtrees, largest first
  const f = [...frontier, leaf];
  for (let s = size; s % 2 === 1; s = Math.floor(s / 2)) { const r = f.pop(); f.push(nodeHash(f.pop(), r)); }
  return f;
};
const rootOf = (frontier) => frontier.length === 0 ? sha256().toString("hex") : frontier.reduceRight((r, f) => nodeHash(f, r));

// ---------- keys (§8) ----------
const roleOf = (kid) => KID.exec(kid)?.[1] ?? null;
const rawKey = (key) => key.export({ type: "spki", format: "der" }).subarray(-32);
function loadKey(name, pem, where) {
  if (/PRIVATE KEY/.test(pem)) throw new Error(`${where}: a private key in the trust roots`);
  const kid = name.replace(/\.pem$/, ""), key = createPublicKey(pem);
  const fp = createHash("sha256").update(key.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
  if (KID.exec(kid)?.[2] !== fp || key.asymmetricKeyType !== "ed25519") throw new Error(`${where}: not the Ed25519 key named by its kid`);
  return [kid, key];
}
function trustRoots(repo, opts) {
  if (opts.keys) return new Map(readdirSync(opts.keys).filter((f) => f.endsWith(".pem")).map((f) => loadKey(f, readFileSync(join(opts.keys, f), "utf8"), f)));
  const refs = opts.keysRef ? [opts.keysRef] : ["HEAD", "refs/remotes/origin/HEAD", "refs/heads/main", "refs/remotes/origin/main", "refs/heads/master", "refs/remotes/origin/master"];
  for (const ref of refs) {
    const c = commitOf(repo, ref);
    if (c === null || (!opts.keysRef && text(repo, `${c}:state.json`) !== null)) continue; // skip a checked-out ledger branch
    const keys = new Map(lsTree(repo, `${c}:ledger/keys`).filter((e) => e.type === "blob" && e.name.endsWith(".pem")).map((e) => loadKey(e.name, text(repo, e.oid), `${ref}:ledger/keys/${e.name}`)));
    if (keys.size > 0) return keys;
    break;
  }
  throw new Error("no trusted keys in ledger/keys/ on the default branch");
}
const validAt = (table, kid, seq) => { // null when kid may sign at seq
  const k = table.get(kid);
  if (!k) return `key ${kid} signs before any key.added introduced it`;
  if (seq < k.added) return `key ${kid} signs at seq ${seq}, before its key.added at seq ${k.added}`;
  if (k.revoked !== null && seq > k.revoked) return `key ${kid} was revoked at seq ${k.revoked}`;
  return null;
};
function keyRules(table, e, signer, trusted) { // [code, reason] or null; updates table (§8)
  const introduce = () => {
    const want = e.type === "ledger.genesis" ? "kid,origin,public_key,role" : "kid,public_key,role";
    const { kid, role, public_key: pk } = e.data;
    if (Object.keys(e.data).sort().join() !== want || ![kid, role, pk].every((x) => typeof x === "string")) return ["LEDGER_CORRUPT", `${e.type} data must be exactly {${want}}`];
    if (roleOf(kid) !== role || !["gatekeeper", "doer", "witness"].includes(role)) return ["LEDGER_KEY_NOT_VALID", `${e.type} gives ${kid} role ${role}`];
    if (!/^[A-Za-z0-9+/]{43}=$/.test(pk)) return ["LEDGER_CORRUPT", `${e.type} public_key is not 32 bytes of base64`];
    if (!trusted.has(kid)) return ["LEDGER_KEY_UNKNOWN", `${e.type} introduces ${kid}, which is not a trusted key`];
    if (!rawKey(trusted.get(kid)).equals(Buffer.from(pk, "base64"))) return ["LEDGER_KEY_NOT_VALID", `${e.type} records another public key for ${kid}`];
    if (table.has(kid)) return ["LEDGER_KEY_NOT_VALID", `key ${kid} was already added at seq ${table.get(kid).added}`];
    table.set(kid, { kid, role, added: e.seq, revoked: null });
    return null;
  };
  if (e.seq === 0 && e.type !== "ledger.genesis") return ["LEDGER_CORRUPT", `seq 0 is ${e.type}; a ledger starts with ledger.genesis`];
  if (e.type === "ledger.genesis") {
    if (e.seq !== 0) return ["LEDGER_CORRUPT", "ledger.genesis is only allowed at seq 0"];
    if (typeof e.data.origin !== "string" || !/^[^\s+]{1,255}$/u.test(e.data.origin)) return ["LEDGER_CORRUPT", "ledger.genesis data.origin is not a key-name-like string"];
    return introduce() ?? (e.data.kid === signer ? null : ["LEDGER_KEY_NOT_VALID", `ledger.genesis is signed by ${signer}, not the key it introduces`]);
  }
  if (e.type === "key.added") {
    const bad = introduce();
    if (bad) return bad;
    if (e.data.role !== "witness" && signer !== e.data.kid) return ["LEDGER_KEY_NOT_VALID", `key.added for writer key ${e.data.kid} must be signed by that key`];
  }
  const invalid = validAt(table, signer, e.seq);
  if (invalid) return ["LEDGER_KEY_NOT_VALID", invalid];
  if (e.type === "key.revoked") {
    const { kid, reason } = e.data;
    if (typeof kid !== "string" || typeof reason !== "string" || Object.keys(e.data).length !== 2) return ["LEDGER_CORRUPT", "key.revoked data must be exactly {kid, reason}"];
    const k = table.get(kid);
    if (!k) return ["LEDGER_KEY_NOT_VALID", `key.revoked names ${kid}, which was never added`];
    if (k.revoked !== null) return ["LEDGER_KEY_NOT_VALID", `key ${kid} was already revoked`];
    if (signer !== kid && roleOf(signer) !== "gatekeeper") return ["LEDGER_KEY_NOT_VALID", `key ${kid} can be revoked by itself or a gatekeeper key, not ${signer}`];
    k.revoked = e.seq;
  }
  return null;
}

// ---------- one record line (§4, §11 steps 1-9) ----------
function checkLine(line, seq, prev, st) { // returns the record's hash; throws a Fault
  const bad = (code, reason) => new Fault(seq, st.where(seq), code, reason);
  let r;
  try { r = JSON.parse(line); } catch (e) { throw bad("LEDGER_CORRUPT", `malformed JSON: ${e.message}`); }
  const e = r?.event, s = r?.sig;
  const shape = typeof r === "object" && r !== null && Object.keys(r).sort().join() === "event,hash,sig"
    && typeof e === "object" && e !== null && Object.keys(e).sort().join() === "actor,data,prev,seq,subject,tenant,time,type,v"
    && e.v === 1 && Number.isSafeInteger(e.seq) && e.seq >= 0 && HEX64.test(e.prev) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.time)
    && ["type", "tenant", "actor", "subject"].every((k) => typeof e[k] === "string" && e[k].length >= 1 && e[k].length <= 512)
    && typeof e.data === "object" && e.data !== null && !Array.isArray(e.data) && HEX64.test(r.hash)
    && typeof s === "object" && s !== null && Object.keys(s).sort().join() === "alg,kid,value" && s.alg === "Ed25519"
    && typeof s.kid === "string" && s.kid.length >= 1 && s.kid.length <= 64 && /^[A-Za-z0-9_-]{86}$/.test(s.value);
  if (!shape) throw bad("LEDGER_CORRUPT", "invalid content: not a record {event, hash, sig} with the members of §1");
  let eventText;
  try { eventText = canonical(e); if (canonical(r) !== line) throw new Error("bytes differ"); } catch (x) { throw bad("LEDGER_CORRUPT", `not in canonical form: ${x.message}`); }
  if (!EVENT_TYPES.includes(e.type)) throw bad("LEDGER_CORRUPT", `unknown event type ${e.type}`);
  if (e.seq !== seq) throw bad("LEDGER_CORRUPT", `line holds seq ${e.seq}, expected ${seq}`);
  const hash = leafHash(eventText);
  if (hash !== r.hash) throw bad("LEDGER_CORRUPT", `hash mismatch: recorded ${r.hash}, computed ${hash}`);
  if (e.prev !== prev) throw bad("LEDGER_CORRUPT", `broken chain: prev is ${e.prev}, the previous event's hash is ${prev}`);
  if (!st.trusted.has(s.kid)) throw bad("LEDGER_KEY_UNKNOWN", `signed by untrusted key ${s.kid}`);
  const role = roleOf(s.kid);
  if (!ROLE_TYPES[role]?.includes(e.type)) throw bad("LEDGER_KEY_NOT_VALID", `a key with role ${role} may not sign ${e.type}`);
  const rule = keyRules(st.keys, e, s.kid, st.trusted);
  if (rule) throw bad(...rule);
  if (e.type === "ledger.genesis") st.origin = e.data.origin;
  const sig = Buffer.from(s.value, "base64url");
  if (st.signatures && !(sig.length === 64 && sig.toString("base64url") === s.value && verify(null, Buffer.from(hash, "hex"), st.trusted.get(s.kid), sig))) {
    throw bad("LEDGER_SIGNATURE_INVALID", `signature by ${s.kid} does not verify`);
  }
  return hash;
}

// ---------- checkpoints: C2SP signed notes (§7, §9) ----------
const noteKeyId = (name, type, key) => sha256(Buffer.from(`${name}\n`), Buffer.from([type]), rawKey(key)).subarray(0, 4).toString("hex");
function readNote(note) { // { origin, size, root, text, sigs } or a reason string
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note) || !note.endsWith("\n")) return "not a signed note";
  const at = note.lastIndexOf("\n\n");
  if (at === -1) return "not a signed note";
  const body = note.slice(0, at + 1), lines = body.split("\n");
  const sigs = note.slice(at + 2, -1).split("\n").map((l) => l.split(" "));
  if (sigs.some((p) => p.length !== 3 || p[0] !== "\u2014" || !/^[^\s+]+$/u.test(p[1]) || Buffer.from(p[2], "base64").toString("base64") !== p[2])) return "malformed signature line";
  if (lines.length !== 4 || !/^[^\s+]{1,255}$/u.test(lines[0]) || !/^(0|[1-9]\d{0,15})$/.test(lines[1]) || !/^[A-Za-z0-9+/]{43}=$/.test(lines[2])) return "not a checkpoint (origin, size, root)";
  return { origin: lines[0], size: Number(lines[1]), root: Buffer.from(lines[2], "base64").toString("hex"), text: body, sigs: sigs.map(([, name, b64]) => ({ name, bytes: Buffer.from(b64, "base64") })) };
}
function noteSigners(cp, trusted) { // verified writer signers and witness cosigners; throws on a bad known signature
  const signers = [], cosigners = [];
  for (const { name, bytes } of cp.sigs) {
    const key = trusted.get(name), role = roleOf(name), id = bytes.subarray(0, 4).toString("hex");
    if (!key) continue;
    if (ROLE_TYPES[role] && id === noteKeyId(name, 0x01, key)) {
      if (!verify(null, Buffer.from(cp.text), key, bytes.subarray(4))) throw ["LEDGER_SIGNATURE_INVALID", `checkpoint signature by ${name} does not verify`];
      signers.push(name);
    } else if (role === "witness" && id === noteKeyId(name, 0x04, key)) {
      const time = bytes.length === 76 ? bytes.readBigUInt64BE(4) : -1n;
      const msg = Buffer.from(`cosignature/v1\ntime ${time}\n${cp.text}`);
      if (time < 0n || !verify(null, msg, key, bytes.subarray(12))) throw ["LEDGER_SIGNATURE_INVALID", `cosignature by witness ${name} does not verify`];
      if (!cosigners.includes(name)) cosigners.push(name);
    }
  }
  return { signers, cosigners };
}
function checkCheckpoint(note, path, st, quorum, nameSize) { // §11 steps 12-15; returns the parsed checkpoint
  const fail = (code, reason) => { throw new Fault(null, path, code, reason); };
  const cp = readNote(note);
  if (typeof cp === "string") fail("LEDGER_CHECKPOINT_INVALID", cp);
  if (nameSize !== null && nameSize !== cp.size) fail("LEDGER_CHECKPOINT_INVALID", `named for size ${nameSize} but states ${cp.size}`);
  if (st.origin !== null && cp.origin !== st.origin) fail("LEDGER_INCONSISTENT", `checkpoint of another log (${cp.origin})`);
  let who;
  try { who = noteSigners(cp, st.trusted); } catch (e) { if (Array.isArray(e)) fail(...e); throw e; }
  const beyond = cp.size > st.size, ok = (kid) => beyond || (cp.size > 0 && validAt(st.keys, kid, cp.size - 1) === null);
  if (!who.signers.some(ok)) fail(who.signers.length ? "LEDGER_KEY_NOT_VALID" : "LEDGER_KEY_UNKNOWN", "not signed by a trusted writer key valid at its size");
  if (who.cosigners.filter(ok).length < quorum) fail("LEDGER_UNWITNESSED", `fewer than ${quorum} valid witness cosignature(s)`);
  if (beyond) fail("LEDGER_INCONSISTENT", `states ${cp.size} events but the branch holds ${st.size}: rolled back or truncated`);
  if (st.roots.get(cp.size) !== cp.root) fail("LEDGER_INCONSISTENT", `root of the first ${cp.size} events differs: a different history (fork)`);
  return { ...cp, cosigners: who.cosigners };
}

// ---------- the whole branch (§11) ----------
export function verifyLedger(repo, opts = {}) {
  const trusted = trustRoots(repo, opts);
  const witnesses = [...trusted.keys()].filter((k) => roleOf(k) === "witness");
  const quorum = opts.quorum ?? (witnesses.length > 0 ? 1 : 0);
  const branch = opts.branch ?? "ledger";
  const ref = [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`].find((r) => commitOf(repo, r) !== null);
  if (!ref) return { ok: false, size: 0, firstBad: { seq: null, path: branch, code: "LEDGER_EMPTY", reason: "no ledger branch" } };
  const tip = commitOf(repo, ref);
  const st = { trusted, keys: new Map(), origin: null, size: 0, head: "0".repeat(64), frontier: [], roots: new Map(), signatures: opts.signatures !== false, where: null };
  try {
    // Layout (§6): what is on the branch; a stray entry is reported after the events.
    let stray = null, gap = null, files = {};
    for (const e of lsTree(repo, tip)) {
      if (e.name === "segments" && e.type === "tree") files.segments = e.oid;
      else if (["checkpoint", "state.json", "tail.jsonl"].includes(e.name) && e.mode === "100644") files[e.name] = e.oid;
      else stray ??= new Fault(null, e.name, "LEDGER_CORRUPT", "unexpected entry on the ledger branch");
    }
    const segments = [];
    for (const e of files.segments ? lsTree(repo, files.segments).sort((a, b) => (a.name < b.name ? -1 : 1)) : []) {
      const m = /^(\d{12})\.jsonl$/.exec(e.name);
      if (!m) { stray ??= new Fault(null, `segments/${e.name}`, "LEDGER_CORRUPT", "unexpected file in segments/"); continue; }
      const want = segments.length * SEGMENT_SIZE;
      if (gap) continue;
      if (Number(m[1]) !== want || e.mode !== "100644") gap = new Fault(want, `segments/${String(want).padStart(12, "0")}.jsonl:1`, "LEDGER_CORRUPT", "missing or not a regular file");
      else segments.push(e);
    }
    for (const f of ["tail.jsonl", "state.json", "checkpoint"]) if (!files[f]) stray ??= new Fault(null, f, "LEDGER_CORRUPT", "missing");
    // Sizes whose roots we need: every older commit's checkpoint, every checkpoint tag, every pinned file.
    const history = git(repo, ["rev-list", "--parents", tip]).out.toString().trim().split("\n").map((l) => l.split(" "));
    const historyNotes = catBatch(repo, history.map(([c]) => `${c}:checkpoint`)).map((b) => (b === null ? null : b.toString("utf8")));
    const tags = git(repo, ["for-each-ref", "--sort=refname", "--format=%(refname) %(objectname) %(objecttype)", TAG_PREFIX]).out.toString().split("\n").filter(Boolean).map((l) => l.split(" "));
    const tagNotes = tags.map(([, oid, type]) => (type === "tag" ? text(repo, oid).split("\n\n").slice(1).join("\n\n") : ""));
    const pinned = (opts.checkpoints ?? []).map((f) => [f, readFileSync(f, "utf8")]);
    const wanted = new Set([...historyNotes.slice(1), ...tagNotes, ...pinned.map(([, n]) => n)].map((n) => (n ? readNote(n).size : undefined)).filter(Number.isInteger));
    // Events (§11 steps 1-9), segment by segment, then the tail.
    const sealed = segments.length * SEGMENT_SIZE;
    st.where = (seq) => (seq < sealed ? `segments/${String(seq - (seq % SEGMENT_SIZE)).padStart(12, "0")}.jsonl:${(seq % SEGMENT_SIZE) + 1}` : `tail.jsonl:${seq - sealed + 1}`);
    const read = (bytes, first, max, sealedFile) => {
      const body = bytes.toString("utf8");
      const lines = body === "" ? [] : body.split("\n");
      const unterminated = body !== "" && lines.pop() !== ""; // the last line lacks its "\n": reported after the lines before it
      const notUtf8 = isUtf8(bytes) ? -1 : bytes.toString("latin1").split("\n").findIndex((l) => !isUtf8(Buffer.from(l, "latin1")));
      lines.forEach((line, i) => {
        if (i >= max) throw new Fault(first + i, st.where(first + i), "LEDGER_CORRUPT", `more than ${max} records in one file`);
        if (i === notUtf8) throw new Fault(first + i, st.where(first + i), "LEDGER_CORRUPT", "not valid UTF-8"); // else decoding hides the bytes behind U+FFFD
        st.head = checkLine(line, first + i, st.head, st);
        st.frontier = appendLeaf(st.frontier, st.size++, st.head);
        if (wanted.has(st.size)) st.roots.set(st.size, rootOf(st.frontier));
      });
      if (unterminated) throw new Fault(first + lines.length, st.where(first + lines.length), "LEDGER_CORRUPT", "no trailing newline");
      if (sealedFile && lines.length < max) throw new Fault(first + lines.length, st.where(first + lines.length), "LEDGER_CORRUPT", "missing: the segment is not full");
    };
    for (let i = 0; i < segments.length; i += 64) { // 64 segment files per git process
      catBatch(repo, segments.slice(i, i + 64).map((s) => s.oid)).forEach((bytes, j) => read(bytes ?? Buffer.alloc(0), (i + j) * SEGMENT_SIZE, SEGMENT_SIZE, true)); // a missing blob reads as empty
    }
    if (gap) throw gap;
    if (files["tail.jsonl"]) read(git(repo, ["cat-file", "-p", files["tail.jsonl"]]).out, sealed, SEGMENT_SIZE - 1, false);
    if (stray) throw stray;
    // state.json (§6): exactly what the events give.
    const keys = [...st.keys.values()].sort((a, b) => a.added - b.added).map(({ added, kid, revoked, role }) => ({ added, kid, revoked, role }));
    const state = st.size === 0 ? null : `${canonical({ frontier: st.frontier, head: st.head, keys, origin: st.origin, size: st.size, v: 1 })}\n`;
    if (text(repo, files["state.json"]) !== state) throw new Fault(null, "state.json", "LEDGER_CORRUPT", "does not match the events");
    // The tip's checkpoint (§7): exactly this tree, signed by a writer valid at its last event.
    st.roots.set(st.size, rootOf(st.frontier));
    const cp = readNote(text(repo, files.checkpoint));
    if (typeof cp === "string") throw new Fault(null, "checkpoint", "LEDGER_CORRUPT", cp);
    if (cp.size !== st.size || cp.origin !== st.origin || cp.root !== st.roots.get(st.size)) throw new Fault(null, "checkpoint", "LEDGER_CORRUPT", `does not state this branch (${st.size} events, root ${rootOf(st.frontier)})`);
    checkCheckpoint(text(repo, files.checkpoint), "checkpoint", st, 0, null);
    // History (§6): linear, and every older commit's checkpoint a smaller tree of these same events.
    let child = st.size;
    for (const [i, [commit, ...parents]] of history.entries()) {
      const path = `commit ${commit}`, hcp = historyNotes[i] === null ? "" : readNote(historyNotes[i]);
      if (parents.length > 1) throw new Fault(null, path, "LEDGER_CORRUPT", "merge commit: the ledger branch must be linear");
      if (typeof hcp === "string") throw new Fault(null, path, "LEDGER_CORRUPT", "no readable checkpoint");
      if (i === 0) continue;
      if (hcp.origin !== st.origin) throw new Fault(null, path, "LEDGER_INCONSISTENT", "checkpoint of another log");
      if (hcp.size >= child) throw new Fault(null, path, "LEDGER_INCONSISTENT", `states ${hcp.size} events, its successor ${child}: events removed or history rewritten`);
      if (st.roots.get(hcp.size) !== hcp.root) throw new Fault(null, path, "LEDGER_INCONSISTENT", `the first ${hcp.size} events were rewritten after this commit`);
      child = hcp.size;
    }
    // Published checkpoints (§9), pinned checkpoints, and the witness quorum.
    let witnessed = null;
    tags.forEach(([tag, , type], i) => {
      if (type !== "tag") throw new Fault(null, tag, "LEDGER_CHECKPOINT_INVALID", "not an annotated tag");
      const name = tag.slice(TAG_PREFIX.length);
      witnessed = checkCheckpoint(tagNotes[i], tag, st, quorum, /^\d{12}$/.test(name) ? Number(name) : -1);
    });
    for (const [file, note] of pinned) checkCheckpoint(note, file, st, 0, null);
    if (quorum > 0 && st.size > 0 && witnessed === null) throw new Fault(null, `${TAG_PREFIX}*`, "LEDGER_UNWITNESSED", "no published checkpoint carries a witness cosignature");
    return { ok: true, size: st.size, root: rootOf(st.frontier), origin: st.origin, witnessed: witnessed && { size: witnessed.size, cosigners: witnessed.cosigners } };
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    return { ok: false, size: st.size, firstBad: { seq: e.seq, path: e.path, code: e.code, reason: e.reason } };
  }
}

// ---------- command line ----------
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2), opts = { checkpoints: [] };
  let repo = ".", json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i], v = () => args[++i];
    if (a === "--repo") repo = v(); else if (a === "--branch") opts.branch = v(); else if (a === "--keys") opts.keys = v();
    else if (a === "--keys-ref") opts.keysRef = v(); else if (a === "--checkpoint") opts.checkpoints.push(v());
    else if (a === "--quorum") opts.quorum = Number(v()); else if (a === "--json") json = true;
    else { console.error(`usage: node verify.mjs [--repo DIR] [--branch NAME] [--keys-ref REF | --keys DIR] [--checkpoint FILE]... [--quorum N] [--json] (unknown: ${a})`); process.exit(2); }
  }
  let result;
  try { result = verifyLedger(repo, opts); } catch (e) { console.error(`verify.mjs: ${e.message}`); process.exit(2); }
  const bad = result.firstBad;
  if (json) console.log(JSON.stringify(result));
  else if (result.ok) console.log(`OK: ${result.size} events, root ${result.root}${result.witnessed ? `, witnessed at ${result.witnessed.size} by ${result.witnessed.cosigners.join(", ")}` : ""}`);
  else console.log(`FAIL [${bad.code}]: ${bad.seq === null ? bad.path : `event ${bad.seq} (${bad.path})`}: ${bad.reason}`);
  process.exit(result.ok ? 0 : 1);
}
