import { z } from "zod";
import { RequestFileSchema } from "./request-schema.js";

/** The JSON Schema (draft 2020-12) of request files, generated from the zod schema. */
export function requestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RequestFileSchema, { target: "draft-2020-12" }),
    $id: "https://offboard.example.com/schemas/request-v1.json",
    title: "Offboarding request (offboard/v1)",
  };
}
