import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { parseTrustedKey } from "./parse-trusted-key.js";

/**
 * The trusted ledger public keys in directory `dir` (normally `<repo>/ledger/keys`): every
 * `<kid>.pem` file, keyed by kid. Other files (README.md, .gitkeep) are ignored.
 *
 * @throws OffboardError KEY_MISSING when the directory is missing or holds no key, KEY_INVALID
 *   naming the first file that is not a valid Ed25519 public key matching its name.
 */
export async function loadTrustedKeys(dir: string): Promise<Map<string, KeyObject>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".pem")).sort();
  } catch (cause) {
    throw new OffboardError("KEY_MISSING", `trusted ledger keys: cannot read directory ${dir}`, { dir }, { cause });
  }
  if (names.length === 0) {
    throw new OffboardError("KEY_MISSING", `trusted ledger keys: no <kid>.pem file in ${dir}`, { dir });
  }
  const keys = new Map<string, KeyObject>();
  for (const name of names) {
    const file = join(dir, name);
    const [kid, key] = parseTrustedKey(name, await readFile(file, "utf8"), file);
    keys.set(kid, key);
  }
  return keys;
}
