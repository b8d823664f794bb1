import { readFileSync } from "node:fs";
import type { ConnectorCredentials } from "../../connectors/types.js";
import { OffboardError } from "../../errors.js";
import type { SecretRef } from "./types.js";

/**
 * Reads a connector's secret in local mode from the environment variable or file the tenant config
 * names, at the moment a lease needs it (never cached). Missing or empty: LEASE_FAILED naming the
 * variable or file, never the value.
 */
export function readLocalSecret(connector: string, ref: SecretRef, env: NodeJS.ProcessEnv = process.env): ConnectorCredentials {
  let value: string | undefined;
  let where: string;
  if ("env" in ref) {
    where = `environment variable ${ref.env}`;
    value = env[ref.env];
  } else {
    where = `file ${ref.file}`;
    try {
      value = readFileSync(ref.file, "utf8").replace(/\r?\n$/, "");
    } catch (e) {
      throw new OffboardError("LEASE_FAILED", `connector ${connector}: cannot read its secret from ${where} (${(e as NodeJS.ErrnoException).code ?? "error"})`, { connector });
    }
  }
  if (value === undefined || value.length === 0) throw new OffboardError("LEASE_FAILED", `connector ${connector}: its secret is missing: ${where} is not set or empty`, { connector });
  return { bearerToken: value };
}
