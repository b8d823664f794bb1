import type { TreeHead } from "./types.js";

const ORIGIN = /^[^\s+]{1,255}$/u;
const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const ROOT = /^[A-Za-z0-9+/]{43}=$/;

/** The note text of a checkpoint (c2sp.org/tlog-checkpoint): origin, decimal size, base64 root, each ending in "\n". */
export function formatCheckpointBody(head: TreeHead): string {
  return `${head.origin}\n${head.size}\n${Buffer.from(head.root, "hex").toString("base64")}\n`;
}

/**
 * Parses checkpoint note text. This ledger writes exactly three lines (no extension lines), so
 * anything else is refused. The origin must be a key-name-like string (no spaces, no "+").
 */
export function parseCheckpointBody(text: string): { ok: true; head: TreeHead } | { ok: false; reason: string } {
  const lines = text.split("\n");
  if (lines.length !== 4 || lines[3] !== "") return { ok: false, reason: `checkpoint text has ${lines.length - 1} lines; expected origin, size and root hash only` };
  const [origin, size, root] = lines as [string, string, string];
  if (!ORIGIN.test(origin)) return { ok: false, reason: `checkpoint origin ${JSON.stringify(origin)} is empty or has spaces or "+"` };
  if (!SIZE.test(size) || !Number.isSafeInteger(Number(size))) return { ok: false, reason: `checkpoint size ${JSON.stringify(size)} is not a decimal without leading zeros` };
  if (!ROOT.test(root) || Buffer.from(root, "base64").toString("base64") !== root) return { ok: false, reason: "checkpoint root is not the base64 of 32 bytes" };
  return { ok: true, head: { origin, size: Number(size), root: Buffer.from(root, "base64").toString("hex") } };
}
