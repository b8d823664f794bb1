import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { z } from "zod";

/**
 * The lines of a JSONL fixture, each checked against `schema`; blank lines are skipped. A line that
 * is not JSON or does not fit is refused with the file's name, its line number in the file and the
 * field at fault.
 */
export function readJsonl<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const name = basename(file);
  const out: z.infer<T>[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new Error(`${name}:${i + 1}: not JSON (${e instanceof Error ? e.message : String(e)})`);
      }
      const r = schema.safeParse(value);
      if (!r.success) throw new Error(`${name}:${i + 1}: ${r.error.issues[0]?.path.join(".") || "line"}: ${r.error.issues[0]?.message}`);
      out.push(r.data);
    });
  return out;
}
