import { OffboardError } from "../errors.js";
import type { GroupPlan, PendingAppend } from "./plan-group.js";
import type { LedgerRecord } from "./types.js";

/**
 * Group commit for one ledger instance (openGitLedger, git-ledger.ts): appends that arrive while a
 * commit is in flight wait and go into the next one, at most `maxGroup` events to a group (an
 * append larger than that goes alone), one group in flight at a time. Each append settles with its
 * own outcome in the group's plan, or with the error that sank the whole group.
 *
 * `land` commits and witnesses one group; `inFlight` is told of that work while it runs (and of
 * null once it is over), as readers wait for its checkpoint tag rather than list every tag.
 */
export function groupCommitQueue(
  maxGroup: number,
  land: (group: readonly PendingAppend[]) => Promise<GroupPlan>,
  inFlight: (landing: Promise<unknown> | null) => void,
): (append: PendingAppend) => Promise<LedgerRecord[]> {
  const pending: (PendingAppend & { resolve(r: LedgerRecord[]): void; reject(e: unknown): void })[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (pending.length > 0) {
        let events = 0;
        let take = 0;
        while (take < pending.length && (take === 0 || events + pending[take]!.drafts.length <= maxGroup)) events += pending[take++]!.drafts.length;
        const group = pending.splice(0, take);
        try {
          // Published as in flight from before the commit lands: between the ref moving and the
          // witnessing starting, a reader must wait for the tag rather than list every tag.
          const landed = land(group);
          inFlight(landed);
          let plan: Awaited<typeof landed>;
          try {
            plan = await landed;
          } finally {
            inFlight(null);
          }
          group.forEach((p, i) => {
            const outcome = plan.outcomes[i]!;
            if (outcome instanceof OffboardError) p.reject(outcome);
            else p.resolve(outcome);
          });
        } catch (e) {
          for (const p of group) p.reject(e);
        }
      }
    } finally {
      draining = false;
    }
  }

  return ({ drafts, signer }) =>
    new Promise((resolve, reject) => {
      pending.push({ drafts, signer, resolve, reject });
      void drain();
    });
}
