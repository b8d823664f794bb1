import { z } from "zod";
import { readSnapshot } from "../read-snapshot.js";
import type { Snapshot } from "../types.js";

/**
 * `Snapshot.data` of the LDAP connector (format 1). It comes back from the ledger at reinstate
 * time, so it is validated like any other input. The entry is addressed by `Snapshot.accountId`
 * (its DN) and must still carry `entryUUID`: a different entry recreated at the same DN is never
 * "reinstated".
 */
export const snapshotDataSchema = z.object({
  format: z.literal(1),
  mail: z.string().min(1),
  entryUUID: z.string().min(1),
  /** ppolicy `pwdAccountLockedTime` before the soft phase; null when the account was not locked. */
  lockedTime: z.string().min(1).nullable(),
  /** The groupOfNames entries listing the person: exactly what the soft phase removes. */
  groups: z.array(z.object({ dn: z.string().min(1), cn: z.string() })),
});
export type SnapshotData = z.infer<typeof snapshotDataSchema>;

export function readSnapshotData(snapshot: Snapshot, connector: string): SnapshotData {
  return readSnapshot(snapshotDataSchema, snapshot, connector);
}
