import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The root of the installed offboard package (where package.json, policies/ and templates/ are),
 * found from this file whether it runs from app/ (tsx, vitest) or dist/app/ (compiled).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "offboard") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("offboard package root not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
