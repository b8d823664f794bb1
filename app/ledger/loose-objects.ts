import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { deflate, deflateSync } from "node:zlib";
import { rename, unlink, writeFile } from "./small-files.js";

/** A tree entry as the ledger writes them: a file (100644) or a directory (040000). */
export interface LooseTreeEntry {
  mode: "100644" | "040000";
  path: string;
  oid: string;
}

export interface GitPerson {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  timestamp: number;
  /** Minutes east of UTC are negative, as isomorphic-git takes them (0 for UTC). */
  timezoneOffset: number;
}

/**
 * Writes git objects straight into `<gitdir>/objects` as loose objects (zlib-deflated
 * `<type> <size>\0<content>`, named by its SHA-1), byte for byte the objects isomorphic-git's
 * writeBlob, writeTree, writeCommit and writeTag write for the same input (a test holds them
 * equal), without their costs here: isomorphic-git hashes through WebCrypto and deflates through
 * CompressionStream, each an asynchronous job, for every object of every commit (docs/adr/0008).
 * Like isomorphic-git (and git), an object that exists is not written again; a new one is written
 * to a temporary name and renamed, so it appears whole or not at all. Deflate level 1: git reads
 * any level, `git gc` recompresses, and the tail blob is rewritten by every commit.
 */
export async function writeLooseObject(gitdir: string, type: "blob" | "tree" | "commit" | "tag", content: Uint8Array): Promise<string> {
  const header = Buffer.from(`${type} ${content.length}\0`, "latin1");
  const oid = createHash("sha1").update(header).update(content).digest("hex");
  const dir = join(gitdir, "objects", oid.slice(0, 2));
  const path = join(dir, oid.slice(2));
  if (existsSync(path)) return oid;
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    await writeFile(tmp, await deflated(Buffer.concat([header, content])));
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  return oid;
}

/** Objects at least this large are deflated on the thread pool (see deflated). */
const DEFLATE_OFF_THREAD_BYTES = 16 * 1024;
const deflateOnPool = promisify(deflate);

/**
 * zlib level 1, the same bytes either way. A large object (the tail blob, up to 256 records and
 * rewritten by every commit: about 80 KB, 0.8 ms to deflate here) is deflated on libuv's thread
 * pool, off the executor's thread, for the price of one round trip to it (about 70 µs); the
 * small ones (checkpoint, state, trees, commit, tag) cost less than that round trip and are
 * deflated in place.
 */
async function deflated(bytes: Buffer): Promise<Buffer> {
  // An output buffer that holds the whole result: zlib's default 16 KB would take one round trip per 16 KB.
  return bytes.length >= DEFLATE_OFF_THREAD_BYTES ? deflateOnPool(bytes, { level: 1, chunkSize: bytes.length + 1024 }) : deflateSync(bytes, { level: 1 });
}

/** A tree's content: entries in git's order (a directory sorts as its name followed by "/"), mode without leading zeros. */
export function treeContent(entries: readonly LooseTreeEntry[]): Buffer {
  // Each sort key made once (the segments tree holds one entry per 256 events).
  const keyed = entries.map((e) => ({ e, key: Buffer.from(e.mode === "040000" ? `${e.path}/` : e.path, "utf8") }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return Buffer.concat(keyed.flatMap(({ e }) => [Buffer.from(`${e.mode.replace(/^0+/, "")} ${e.path}\0`, "utf8"), Buffer.from(e.oid, "hex")]));
}

/** A commit's content. */
export function commitContent(c: { tree: string; parents: readonly string[]; author: GitPerson; committer: GitPerson; message: string }): Buffer {
  const lines = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${person(c.author)}`, `committer ${person(c.committer)}`];
  return Buffer.from(`${lines.join("\n")}\n\n${c.message}`, "utf8");
}

/** An annotated tag's content; the message gets the one trailing newline isomorphic-git gives it. */
export function tagContent(t: { object: string; type: "commit"; tag: string; tagger: GitPerson; message: string }): Buffer {
  return Buffer.from(`object ${t.object}\ntype ${t.type}\ntag ${t.tag}\ntagger ${person(t.tagger)}\n\n${t.message}\n`, "utf8");
}

function person(p: GitPerson): string {
  const minutes = -p.timezoneOffset;
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const tz = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  return `${p.name} <${p.email}> ${p.timestamp} ${tz}`;
}
