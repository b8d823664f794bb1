import { z } from "zod";
import { readSnapshot } from "../read-snapshot.js";
import type { Snapshot } from "../types.js";

const valueSchema = z.object({ value: z.string().min(1), display: z.string().optional(), type: z.string().optional() });

/**
 * `Snapshot.data` of the SCIM connector (format 1). It comes back from the ledger at reinstate
 * time, so it is validated like any other input. `sessions` is informational: sessions cannot
 * be restored, the person signs in again.
 */
export const snapshotDataSchema = z.object({
  format: z.literal(1),
  userName: z.string().min(1),
  active: z.boolean(),
  /** Direct group memberships: exactly what the soft phase removes. */
  groups: z.array(z.object({ id: z.string().min(1), display: z.string() })),
  roles: z.array(valueSchema),
  /** Licences. */
  entitlements: z.array(valueSchema),
  sessions: z.number().int().nonnegative(),
});
export type SnapshotData = z.infer<typeof snapshotDataSchema>;

export function readSnapshotData(snapshot: Snapshot, connector: string): SnapshotData {
  return readSnapshot(snapshotDataSchema, snapshot, connector);
}
