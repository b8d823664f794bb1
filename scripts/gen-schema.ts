/** Writes requests/request.schema.json from the zod schema (the single source of truth). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { requestJsonSchema } from "../app/intake/request-json-schema.js";

const out = fileURLToPath(new URL("../requests/request.schema.json", import.meta.url));
writeFileSync(out, JSON.stringify(requestJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out}`);
