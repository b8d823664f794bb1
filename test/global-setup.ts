import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Makes sure the pinned `opa` exists before any suite runs (builds it from the Go module proxy the
 * first time; a no-op when cached). Suites find it through app/policy/opa-binary.ts.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync("bash", ["scripts/install-tools.sh", "opa"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
