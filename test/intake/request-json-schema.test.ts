import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requestJsonSchema } from "../../app/intake/request-json-schema.js";

describe("requests/request.schema.json", () => {
  it("is exactly what the zod schema generates (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "requests", "request.schema.json"), "utf8"));
    expect(committed).toEqual(requestJsonSchema());
  });

  it("forbids unknown fields at every level, like the parser", () => {
    const schema = requestJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { additionalProperties?: boolean }> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.metadata?.additionalProperties).toBe(false);
    expect(schema.properties.spec?.additionalProperties).toBe(false);
  });
});
