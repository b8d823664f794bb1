import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAppEnv } from "../../app/github/app-env.js";
import { gitAuthEnv } from "../../app/github/git-auth.js";

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const good = { APP_ID: "4242", PRIVATE_KEY: rsa, WEBHOOK_SECRET: "0123456789abcdef0123", OFFBOARD_KEYS_DIR: "/keys" };

function refusal(env: NodeJS.ProcessEnv): { code: string; variable: unknown; message: string } {
  try {
    readAppEnv(env);
  } catch (e) {
    const err = e as { code: string; details: { variable: unknown }; message: string };
    return { code: err.code, variable: err.details.variable, message: err.message };
  }
  throw new Error("readAppEnv accepted the environment");
}

describe("the app's environment (fail closed)", () => {
  it("accepts a complete environment and derives GitHub Enterprise URLs from GHE_HOST", () => {
    expect(readAppEnv(good)).toMatchObject({ appId: 4242, apiBaseUrl: "https://api.github.com", gitBaseUrl: "https://github.com", webhookPath: "/api/github/webhooks" });
    expect(readAppEnv({ ...good, GHE_HOST: "ghe.example.com" })).toMatchObject({ apiBaseUrl: "https://ghe.example.com/api/v3", gitBaseUrl: "https://ghe.example.com" });
  });

  it("refuses without WEBHOOK_SECRET, with Probot's 'development' default, or with a short one", () => {
    for (const secret of [undefined, "", "development", "short"]) {
      const env: NodeJS.ProcessEnv = { ...good, WEBHOOK_SECRET: secret };
      expect(refusal(env)).toMatchObject({ code: "CONFIG_MISSING", variable: "WEBHOOK_SECRET" });
    }
  });

  it("refuses without a numeric APP_ID", () => {
    for (const id of [undefined, "", "abc", "0", "-3"]) expect(refusal({ ...good, APP_ID: id })).toMatchObject({ code: "CONFIG_MISSING", variable: "APP_ID" });
  });

  it("refuses without the private key, with a missing key file, or with a key that is not RSA", () => {
    expect(refusal({ ...good, PRIVATE_KEY: undefined })).toMatchObject({ variable: "PRIVATE_KEY" });
    expect(refusal({ ...good, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: "/nonexistent/key.pem" })).toMatchObject({ variable: "PRIVATE_KEY_PATH" });
    const ed = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(refusal({ ...good, PRIVATE_KEY: ed }).message).toContain("RSA");
    expect(refusal({ ...good, PRIVATE_KEY: "not a key" }).message).toContain("PEM");
  });

  it("reads PRIVATE_KEY_PATH and PEM text with literal \\n sequences", () => {
    const file = join(mkdtempSync(join(tmpdir(), "offboard-env-")), "app.pem");
    writeFileSync(file, rsa);
    expect(readAppEnv({ ...good, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: file }).privateKey).toBe(rsa);
    expect(readAppEnv({ ...good, PRIVATE_KEY: rsa.trim().replace(/\n/g, "\\n") }).privateKey).toContain("\n");
  });

  it("refuses without OFFBOARD_KEYS_DIR (the gatekeeper's keys)", () => {
    expect(refusal({ ...good, OFFBOARD_KEYS_DIR: undefined })).toMatchObject({ variable: "OFFBOARD_KEYS_DIR" });
  });

  it("passes the installation token to git in a header, never in argv or a URL", () => {
    const env = gitAuthEnv("ghs_secret", {});
    expect(env.GIT_CONFIG_KEY_0).toBe("http.extraHeader");
    expect(env.GIT_CONFIG_VALUE_0).toBe(`Authorization: Basic ${Buffer.from("x-access-token:ghs_secret").toString("base64")}`);
    expect(JSON.stringify(Object.keys(env))).not.toContain("ghs_secret");
  });
});
