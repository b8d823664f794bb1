import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Makes sure the pinned `opa` and `vault` exist before any suite runs (built from the Go module
 * proxy the first time: opa ~2 min, Vault ~10 min; a no-op when cached). Suites find opa through
 * app/policy/opa-binary.ts and vault through test/helpers/vault.ts; the Vault tests never skip.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync("bash", ["scripts/install-tools.sh", "opa", "vault"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
