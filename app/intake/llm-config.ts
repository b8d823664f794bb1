import { z } from "zod";
import { OffboardError } from "../errors.js";

/** An OpenAI-compatible endpoint for the free-text parser. */
export const LlmConfigSchema = z
  .object({
    baseURL: z.url({ message: "must be a URL, e.g. https://api.openai.com/v1" }),
    model: z.string().min(1),
    apiKey: z.string().min(1),
    /** Per request, milliseconds. */
    timeoutMs: z.number().int().min(100).max(300_000).default(20_000),
    /** Retries on connection errors, 408, 409, 429 and 5xx (the openai client's policy). */
    maxRetries: z.number().int().min(0).max(5).default(2),
  })
  .strict();
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/**
 * LLM configuration from the environment: OFFBOARD_LLM_API_KEY (or OPENAI_API_KEY),
 * OFFBOARD_LLM_BASE_URL (or OPENAI_BASE_URL, default https://api.openai.com/v1),
 * OFFBOARD_LLM_MODEL (required with a key), OFFBOARD_LLM_TIMEOUT_MS, OFFBOARD_LLM_MAX_RETRIES.
 * No key → null: the deterministic parser alone, with its own confidence.
 */
export function llmConfigFromEnv(env: Readonly<Record<string, string | undefined>>): LlmConfig | null {
  const apiKey = env.OFFBOARD_LLM_API_KEY ?? env.OPENAI_API_KEY;
  if (!apiKey) return null;
  const raw = {
    baseURL: env.OFFBOARD_LLM_BASE_URL ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1",
    model: env.OFFBOARD_LLM_MODEL ?? "",
    apiKey,
    ...(env.OFFBOARD_LLM_TIMEOUT_MS ? { timeoutMs: Number(env.OFFBOARD_LLM_TIMEOUT_MS) } : {}),
    ...(env.OFFBOARD_LLM_MAX_RETRIES ? { maxRetries: Number(env.OFFBOARD_LLM_MAX_RETRIES) } : {}),
  };
  const result = LlmConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    const variable = { baseURL: "OFFBOARD_LLM_BASE_URL", model: "OFFBOARD_LLM_MODEL", apiKey: "OFFBOARD_LLM_API_KEY", timeoutMs: "OFFBOARD_LLM_TIMEOUT_MS", maxRetries: "OFFBOARD_LLM_MAX_RETRIES" }[field] ?? field;
    throw new OffboardError("CONFIG_INVALID", `${variable}: ${field === "model" && raw.model === "" ? "is required when an LLM API key is set" : (issue?.message ?? "invalid")}`, { variable });
  }
  return result.data;
}
