import { describe, expect, it } from "vitest";
import { parseTenantConfig } from "../../app/config/load-tenant-config.js";

const base = (connectors: string) => `tenant: acme
security_team:
  slug: security
  members: [alice.nguyen@example.com]
connectors:
${connectors}
packet:
  kid: acme-packet-1
`;

describe(".github/offboard.yml", () => {
  it("accepts connectors with plugin options and a local-mode secret reference", () => {
    const c = parseTenantConfig(base(`  - name: scim
    base_url: embedded
  - name: ldap
    options: { url: "ldap://127.0.0.1:3890", bindDn: "cn=svc,dc=example,dc=com", baseDn: "dc=example,dc=com" }
    secret: { env: OFFBOARD_LDAP_PASSWORD }
  - name: ldap
    options: { name: ldap-eu, url: "ldaps://ldap.example.com", bindDn: "cn=svc,dc=example,dc=com", baseDn: "dc=example,dc=com" }
    secret: { file: .offboard/secrets/ldap-eu }`), ".github/offboard.yml");
    expect(c.connectors.map((x) => x.secret ?? null)).toEqual([null, { env: "OFFBOARD_LDAP_PASSWORD" }, { file: ".offboard/secrets/ldap-eu" }]);
  });

  it("accepts the HRIS plugins: embedded, an export file, a BambooHR-style API with its key in the environment", () => {
    const scim = "  - name: scim\n    base_url: embedded";
    expect(parseTenantConfig(base(scim), "x").hris).toBe("embedded");
    expect(parseTenantConfig(base(scim) + "hris: { kind: file, path: hris/export.csv }\n", "x").hris).toEqual({ kind: "file", path: "hris/export.csv" });
    expect(parseTenantConfig(base(scim) + "hris: { kind: bamboohr, base_url: \"https://api.bamboohr.com\", company: acme, api_key: { env: BAMBOOHR_API_KEY } }\n", "x").hris).toMatchObject({ kind: "bamboohr", company: "acme" });
    expect(() => parseTenantConfig(base(scim) + "hris: { kind: bamboohr, base_url: \"https://api.bamboohr.com\", company: acme, api_key: hunter2 }\n", ".github/offboard.yml")).toThrow(/offboard\.yml:\d+:\d+: hris/);
  });

  it.each([
    ["a secret value inline", `  - name: ldap\n    secret: { value: hunter2 }`, /connectors\.0\.secret/],
    ["a lower-case variable name", `  - name: ldap\n    secret: { env: ldap_pw }`, /connectors\.0\.secret/],
    ["scim without a base URL", `  - name: scim`, /connectors\.0\.base_url: the scim connector needs base_url/],
    ["an unknown key", `  - name: scim\n    base_url: embedded\n    token: abc`, /offboard.yml:8:\d+: connectors\.0\.token/],
  ])("refuses %s, naming the file, line and field", (_, connectors, message) => {
    expect(() => parseTenantConfig(base(connectors), ".github/offboard.yml")).toThrow(message);
  });
});

describe("people: the explicit identity mapping", () => {
  const scim = "  - name: scim\n    base_url: embedded";
  it("the project's own .github/offboard.yml is valid and maps GitHub logins", async () => {
    const { readFileSync } = await import("node:fs");
    const c = parseTenantConfig(readFileSync(".github/offboard.yml", "utf8"), ".github/offboard.yml");
    expect(c.people.find((p) => p.github === "alice-nguyen")?.email).toBe("alice.nguyen@example.com");
  });

  it("refuses a login, Slack id or email listed twice, naming the entry", () => {
    const twice = base(scim) + "people:\n  - { email: a@example.com, github: alice }\n  - { email: b@example.com, github: ALICE }\n";
    expect(() => parseTenantConfig(twice, ".github/offboard.yml")).toThrow(/people.*1.*github.*listed twice|listed twice/s);
    const slack = base(scim) + "people:\n  - { email: a@example.com, slack: U123 }\n  - { email: a@example.com, slack: U456 }\n";
    expect(() => parseTenantConfig(slack, "x")).toThrow(/email a@example.com is listed twice/);
    expect(() => parseTenantConfig(base(scim) + "people:\n  - { email: a@example.com, slack: alice }\n", "x")).toThrow(/Slack user id/);
  });
});
