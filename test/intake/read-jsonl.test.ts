import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonl } from "../../bench/read-jsonl.js";

describe("readJsonl (the eval fixtures' reader)", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-jsonl-"));
  const schema = z.object({ id: z.string(), n: z.number() }).strict();

  it("reads each non-blank line through the schema", () => {
    const file = join(dir, "ok.jsonl");
    writeFileSync(file, '{"id":"a","n":1}\n\n{"id":"b","n":2}\n');
    expect(readJsonl(file, schema)).toEqual([{ id: "a", n: 1 }, { id: "b", n: 2 }]);
  });

  it("refuses a bad line naming the file, its line in the file (blank lines counted) and the field", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"id":"a","n":1}\n\n{"id":"b","n":"two"}\n');
    expect(() => readJsonl(file, schema)).toThrow(/^bad\.jsonl:3: n: /);
    writeFileSync(file, '{"id":"a","n":1}\n{"id":\n');
    expect(() => readJsonl(file, schema)).toThrow(/^bad\.jsonl:2: not JSON/);
  });
});
