import { describe, expect, test } from "vitest";
import { createConnector, defaultConnectorRegistry, withConnector } from "../../app/connectors/registry.js";
import type { Connector } from "../../app/connectors/types.js";

describe("connector registry", () => {
  test("builds the scim connector from its config", () => {
    expect(createConnector("scim", { baseUrl: "https://idp.example.com/scim/v2" }).name).toBe("scim");
  });

  test("an unknown name is CONNECTOR_UNKNOWN and lists the known ones", () => {
    expect(() => createConnector("okta-magic", {})).toThrow(
      expect.objectContaining({ code: "CONNECTOR_UNKNOWN", details: { connector: "okta-magic", known: ["github", "ldap", "scim"] } }),
    );
  });

  test("a bad config is CONFIG_INVALID from the factory", () => {
    expect(() => createConnector("scim", { baseUrl: 42 })).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });

  test("registries are values: extending one leaves the default untouched", () => {
    const fake = { name: "noop" } as Connector;
    const extended = withConnector(defaultConnectorRegistry(), "noop", () => fake);
    expect(createConnector("noop", {}, extended)).toBe(fake);
    expect([...defaultConnectorRegistry().keys()]).toEqual(["scim", "ldap", "github"]);
    expect(() => createConnector("noop", {})).toThrow(expect.objectContaining({ code: "CONNECTOR_UNKNOWN" }));
  });
});
