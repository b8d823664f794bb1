import { existsSync, readFileSync } from "node:fs";
import { OffboardError } from "../errors.js";
import { directoryStateSchema, type DirectoryState } from "./state.js";

/** Reads a state file written by `saveStateFile`; `undefined` when the file does not exist yet. */
export function loadStateFile(path: string): DirectoryState | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new OffboardError("CONFIG_INVALID", `Directory state file ${path} is not valid JSON; delete it to reseed`, { path }, { cause: e });
  }
  const parsed = directoryStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") : "";
    throw new OffboardError(
      "CONFIG_INVALID",
      `Directory state file ${path} is invalid at "${where}": ${issue?.message ?? "unknown"}; delete it to reseed`,
      { path, field: where },
    );
  }
  return parsed.data;
}
