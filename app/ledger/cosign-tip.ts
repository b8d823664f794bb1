import { isOffboardError, OffboardError } from "../errors.js";
import type { LedgerTip } from "./read-ledger-tip.js";
import type { Witness } from "./witness.js";

export interface CosignContext {
  witnesses: readonly Witness[];
  /** Per witness kid, the size it last cosigned for this writer (a guess: a conflict corrects it). */
  known: Map<string, number>;
  consistencyProof(from: number, to: number): Promise<string[]>;
}

/**
 * Asks every witness to cosign the checkpoint of `tip` (tlog-witness add-checkpoint, with a
 * consistency proof from the size the witness last cosigned). Returns the note with all
 * cosignatures appended, or `{ movedTo }` when a witness has already cosigned a larger tree (another
 * writer got there first: the caller cosigns the newer tip instead).
 *
 * @throws OffboardError LEDGER_WITNESS_FAILED when a witness refuses or cannot be reached.
 */
export async function cosignTip(tip: LedgerTip, ctx: CosignContext): Promise<{ note: string } | { movedTo: number }> {
  let note = tip.checkpoint!;
  for (const witness of ctx.witnesses) {
    for (let attempt = 0; ; attempt++) {
      const old = Math.min(ctx.known.get(witness.kid) ?? 0, tip.size);
      try {
        const proof = old === 0 || old === tip.size ? [] : await ctx.consistencyProof(old, tip.size);
        note += await witness.addCheckpoint({ oldSize: old, proof, checkpoint: tip.checkpoint! });
        ctx.known.set(witness.kid, tip.size);
        break;
      } catch (e) {
        if (isOffboardError(e, "WITNESS_CONFLICT") && attempt < 3) {
          const size = Number(e.details.size);
          if (size > tip.size) return { movedTo: size };
          ctx.known.set(witness.kid, size);
          continue;
        }
        const why = isOffboardError(e) ? e.message : String(e);
        throw new OffboardError("LEDGER_WITNESS_FAILED", `the events are committed (size ${tip.size}) but witness ${witness.kid} did not cosign: ${why}`, { size: tip.size, witness: witness.kid }, { cause: e });
      }
    }
  }
  return { note };
}
