import { OffboardError } from "../errors.js";
import { createGitHubConnector } from "./github/github-connector.js";
import { createLdapConnector } from "./ldap/ldap-connector.js";
import { createScimConnector } from "./scim/scim-connector.js";
import type { Connector } from "./types.js";

/** Builds a connector from its (unvalidated) config; the factory validates and throws CONFIG_INVALID. */
export type ConnectorFactory = (config: unknown) => Connector;

/** Connector factories by name. A value, never a module-level singleton: build one, extend a copy. */
export type ConnectorRegistry = ReadonlyMap<string, ConnectorFactory>;

/** The connectors that ship with the project. */
export function defaultConnectorRegistry(): ConnectorRegistry {
  return new Map<string, ConnectorFactory>([
    ["scim", createScimConnector],
    ["ldap", createLdapConnector],
    ["github", createGitHubConnector],
  ]);
}

/** A new registry with `factory` added (or replacing an entry of the same name). */
export function withConnector(registry: ConnectorRegistry, name: string, factory: ConnectorFactory): ConnectorRegistry {
  return new Map([...registry, [name, factory]]);
}

/** Instantiates the connector a tenant's config names; CONNECTOR_UNKNOWN lists the known names. */
export function createConnector(name: string, config: unknown, registry: ConnectorRegistry = defaultConnectorRegistry()): Connector {
  const factory = registry.get(name);
  if (!factory) {
    const known = [...registry.keys()].sort();
    throw new OffboardError("CONNECTOR_UNKNOWN", `Unknown connector "${name}"; known connectors: ${known.join(", ") || "(none)"}`, {
      connector: name,
      known,
    });
  }
  return factory(config);
}
