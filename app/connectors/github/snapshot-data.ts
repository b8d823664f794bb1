import { z } from "zod";
import { readSnapshot } from "../read-snapshot.js";
import type { Snapshot } from "../types.js";

/** What a reinstate puts back: the organization role and the team memberships (with their roles). */
export const snapshotDataSchema = z.object({
  format: z.literal(1),
  login: z.string().min(1),
  role: z.enum(["admin", "member"]),
  teams: z.array(z.object({ slug: z.string().min(1), role: z.enum(["member", "maintainer"]) })),
});

export type SnapshotData = z.infer<typeof snapshotDataSchema>;

export function readSnapshotData(snapshot: Snapshot, connector: string): SnapshotData {
  return readSnapshot(snapshotDataSchema, snapshot, connector);
}
