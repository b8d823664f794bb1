import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { OffboardError } from "../errors.js";

/** Rego unit tests: `opa test` reads them, the build ignores them (`opa build --ignore`). */
export const POLICY_TEST_PATTERN = "*_test.rego";

/** Whether a path (any separator) names a Rego test file that the build ignores. */
function isPolicyTestFile(path: string): boolean {
  return path.endsWith("_test.rego");
}

/**
 * The content hash of a policies directory: the identity of what the build reads, used as the
 * Wasm cache key and recorded as `policy_hash` in every decision's provenance.
 *
 * Covers every regular file under `policiesDir` (following symlinks, hidden files included)
 * except `*_test.rego`: tests cannot change a decision and the build ignores them, so a
 * test-only change neither rebuilds the policy nor changes the provenance of decisions.
 * (A policy commit still pins the tests; see `policy_commit`.)
 *
 * Format, so anyone can recompute it: files are sorted by their POSIX relative path
 * (byte order of the UTF-8), and SHA-256 is taken over the concatenation, per file, of
 * `<path> NUL <decimal byte length> NUL <content>`. Output: 64 lower-case hex digits.
 */
export async function hashPolicies(policiesDir: string): Promise<string> {
  const top = await stat(policiesDir).catch(() => null);
  if (!top?.isDirectory()) {
    throw new OffboardError("POLICY_BUILD_FAILED", `policies directory not found: ${policiesDir}`, { policiesDir });
  }
  const files = (await listFiles(policiesDir))
    .map((abs) => ({ abs, rel: relative(policiesDir, abs).split(sep).join("/") }))
    .filter((f) => !isPolicyTestFile(f.rel))
    .sort((a, b) => Buffer.compare(Buffer.from(a.rel, "utf8"), Buffer.from(b.rel, "utf8")));
  const hash = createHash("sha256");
  for (const file of files) {
    const content = await readFile(file.abs);
    hash.update(`${file.rel}\0${content.length}\0`, "utf8");
    hash.update(content);
  }
  return hash.digest("hex");
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(abs) : entry;
    if (kind.isDirectory()) out.push(...(await listFiles(abs)));
    else if (kind.isFile()) out.push(abs);
  }
  return out;
}
