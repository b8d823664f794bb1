import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The root of the offboard package (where package.json, policies/, templates/ and .tools/ are):
 * the nearest directory above `fromUrl` whose package.json is named "offboard". Works from the
 * sources (app/, run by tsx or vitest) and from the build (dist/app/, which has no package.json).
 */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "offboard") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`offboard package root not found above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

export function packageRoot(): string {
  return findPackageRoot();
}
