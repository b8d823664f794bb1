import type { ConnectorCredentials } from "../types.js";
import type { ScimConnectorConfig } from "./config.js";
import type { HttpExchange } from "./http-exchange.js";
import { createScimClient, type ScimClient } from "./scim-client.js";
import { sharedReads, type ScopeReads, type SharedReads } from "./shared-reads.js";

/** What every connector operation works with: the validated config, a client for this call's lease, and the lease's shared reads. */
export interface ScimContext {
  config: ScimConnectorConfig;
  client: ScimClient;
  reads: SharedReads;
}

export function scimContext(config: ScimConnectorConfig, creds: ConnectorCredentials, cache: WeakMap<object, ScopeReads>, exchange: HttpExchange): ScimContext {
  return { config, client: createScimClient(config, creds, exchange), reads: sharedReads(cache, creds.readScope) };
}
