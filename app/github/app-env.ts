import { createPrivateKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { OffboardError } from "../errors.js";

/** The GitHub App's settings, from the environment (`.env.example` lists them). */
export interface AppEnv {
  appId: number;
  /** The app's RSA private key (PKCS#1 or PKCS#8 PEM). */
  privateKey: string;
  webhookSecret: string;
  /** REST API root: https://api.github.com, or `https://<GHE_HOST>/api/v3`. */
  apiBaseUrl: string;
  /** Where repositories are cloned from: https://github.com, or `https://<GHE_HOST>`. */
  gitBaseUrl: string;
  /** Clones of the policy repositories and their local state (ledger writer lock, witness state). */
  stateDir: string;
  /** Private keys of the gatekeeper (and of an in-process executor): OFFBOARD_KEYS_DIR. */
  keysDir: string;
  host: string;
  port: number;
  webhookPath: string;
  webhookProxyUrl: string | null;
  logLevel: string;
}

/**
 * Reads and checks the app's environment. Fails closed with the variable to set: no webhook
 * secret (and never Probot's "development" default), no app id, no private key.
 */
export function readAppEnv(env: NodeJS.ProcessEnv): AppEnv {
  const secret = env.WEBHOOK_SECRET ?? "";
  if (secret === "") fail("WEBHOOK_SECRET is not set: set it to the webhook secret you gave GitHub when registering the app (never left empty)", "WEBHOOK_SECRET");
  if (secret === "development" || secret.length < 16) fail("WEBHOOK_SECRET is too weak: use at least 16 random characters (e.g. `openssl rand -hex 32`), never Probot's \"development\" default", "WEBHOOK_SECRET");
  const appId = Number(env.APP_ID ?? "");
  if (!Number.isSafeInteger(appId) || appId <= 0) fail(`APP_ID must be the GitHub App's numeric id (got ${JSON.stringify(env.APP_ID ?? "")})`, "APP_ID");
  const privateKey = readPrivateKey(env);
  const ghe = env.GHE_HOST?.trim();
  const protocol = env.GHE_PROTOCOL?.trim() || "https";
  const apiBaseUrl = env.OFFBOARD_GITHUB_API_URL?.trim() || (ghe ? `${protocol}://${ghe}/api/v3` : "https://api.github.com");
  const gitBaseUrl = env.OFFBOARD_GIT_BASE_URL?.trim() || (ghe ? `${protocol}://${ghe}` : "https://github.com");
  const stateDir = resolve(env.OFFBOARD_STATE_DIR?.trim() || ".offboard-app");
  const keysDir = env.OFFBOARD_KEYS_DIR?.trim();
  if (!keysDir) fail("OFFBOARD_KEYS_DIR is not set: it must point at the directory holding the gatekeeper's private keys (docs/GITHUB_APP.md)", "OFFBOARD_KEYS_DIR");
  const port = Number(env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`PORT must be a TCP port number (got ${JSON.stringify(env.PORT)})`, "PORT");
  return {
    appId,
    privateKey,
    webhookSecret: secret,
    apiBaseUrl: apiBaseUrl.replace(/\/+$/, ""),
    gitBaseUrl: gitBaseUrl.replace(/\/+$/, ""),
    stateDir,
    keysDir: resolve(keysDir),
    host: env.HOST?.trim() || "127.0.0.1",
    port,
    webhookPath: env.WEBHOOK_PATH?.trim() || "/api/github/webhooks",
    webhookProxyUrl: env.WEBHOOK_PROXY_URL?.trim() || null,
    logLevel: env.LOG_LEVEL?.trim() || "info",
  };
}

function readPrivateKey(env: NodeJS.ProcessEnv): string {
  let pem = env.PRIVATE_KEY?.trim() ?? "";
  let from = "PRIVATE_KEY";
  if (pem === "" && env.PRIVATE_KEY_PATH) {
    from = `PRIVATE_KEY_PATH (${env.PRIVATE_KEY_PATH})`;
    if (!existsSync(env.PRIVATE_KEY_PATH)) fail(`PRIVATE_KEY_PATH points at ${env.PRIVATE_KEY_PATH}, which does not exist`, "PRIVATE_KEY_PATH");
    pem = readFileSync(env.PRIVATE_KEY_PATH, "utf8");
  }
  if (pem === "") fail("the app's private key is missing: set PRIVATE_KEY (the PEM text) or PRIVATE_KEY_PATH (the .pem file GitHub generated)", "PRIVATE_KEY");
  // Env files often carry the PEM with literal \n sequences.
  if (!pem.includes("\n")) pem = pem.replace(/\\n/g, "\n");
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== "rsa") throw new Error(`a ${key.asymmetricKeyType} key`);
  } catch (e) {
    fail(`${from} is not the app's RSA private key in PEM form: ${(e as Error).message}`, from.split(" ")[0]!);
  }
  return pem;
}

function fail(message: string, variable: string): never {
  throw new OffboardError("CONFIG_MISSING", message, { variable });
}
