import type { z } from "zod";
import { OffboardError } from "../errors.js";
import type { Snapshot } from "./types.js";

/**
 * A connector's own view of a snapshot from the ledger: refuses one taken by another connector or
 * whose data does not match the connector's schema (REINSTATE_NOTHING_TO_RESTORE, naming the field).
 */
export function readSnapshot<S extends z.ZodType>(schema: S, snapshot: Snapshot, connector: string): z.infer<S> {
  if (snapshot.connector !== connector) {
    throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `Snapshot was taken by connector "${snapshot.connector}", not "${connector}"`, {
      connector, snapshotConnector: snapshot.connector,
    });
  }
  const parsed = schema.safeParse(snapshot.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `${connector}: snapshot data is invalid at "${issue?.path.join(".") ?? ""}": ${issue?.message ?? ""}`, {
      connector, field: issue?.path.join(".") ?? "",
    });
  }
  return parsed.data;
}
