import { z } from "zod";
import { canonicalJson } from "./canonical-json.js";
import type { KeyEntry } from "./key-table.js";

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * state.json: what a writer needs to extend the branch without reading it all (size, last hash,
 * Merkle frontier, origin, key table). It is a cache, never a source of truth: the verifier
 * recomputes every field from the events and refuses a branch whose state.json differs.
 */
export const ledgerStateSchema = z.strictObject({
  v: z.literal(1),
  origin: z.string().min(1).max(255),
  size: z.number().int().min(1),
  head: hex64,
  frontier: z.array(hex64).max(64),
  keys: z.array(
    z.strictObject({
      kid: z.string().min(1).max(64),
      role: z.string().min(1).max(32),
      added: z.number().int().min(0),
      revoked: z.number().int().min(0).nullable(),
    }),
  ),
});
export type LedgerState = z.infer<typeof ledgerStateSchema>;

/** The canonical text (plus "\n") of a state; keys in the order they were added. */
export function stateText(state: Omit<LedgerState, "v" | "keys"> & { keys: Iterable<KeyEntry> }): string {
  const keys = [...state.keys].sort((a, b) => a.added - b.added || (a.kid < b.kid ? -1 : 1)).map((k) => ({ ...k }));
  return `${canonicalJson({ v: 1, origin: state.origin, size: state.size, head: state.head, frontier: [...state.frontier], keys })}\n`;
}
