import type { ConnectorCredentials } from "../types.js";
import type { ScimConnectorConfig } from "./config.js";
import { createScimClient, type ScimClient } from "./scim-client.js";

/** What every connector operation works with: the validated config and a client for this call's lease. */
export interface ScimContext {
  config: ScimConnectorConfig;
  client: ScimClient;
}

export function scimContext(config: ScimConnectorConfig, creds: ConnectorCredentials): ScimContext {
  return { config, client: createScimClient(config, creds) };
}
