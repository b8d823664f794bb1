import { z } from "zod";
import { OffboardError } from "../../errors.js";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

export const githubConnectorConfigSchema = z
  .object({
    /** The organization to remove people from. */
    org: z.string().regex(LOGIN, "must be a GitHub organization login"),
    /** REST API root: https://api.github.com, or https://<ghes>/api/v3. Plain http only to a loopback host. */
    baseUrl: z
      .url()
      .refine((u) => {
        const url = new URL(u);
        return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
      }, "must be https (plain http is accepted only for 127.0.0.1, localhost or [::1])")
      .default("https://api.github.com"),
    name: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).default("github"),
    /**
     * Work email → GitHub login. The only way a person is found in GitHub (never by matching the
     * public email of an account). The workspace fills it from `.github/offboard.yml` `people`.
     */
    logins: z.record(z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "keys must be emails"), z.string().regex(LOGIN, "must be a GitHub login")).default({}),
    /** Teams (slugs) whose members count as privileged; organization owners always do. */
    privilegedTeams: z.array(z.string().min(1)).default([]),
    /** Teams (slugs) whose members own production. */
    productionOwnerTeams: z.array(z.string().min(1)).default([]),
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  })
  .strict();

export type GitHubConnectorConfig = z.infer<typeof githubConnectorConfigSchema>;

/** Validates a tenant's GitHub connector config; errors name the field. */
export function parseGitHubConnectorConfig(config: unknown): GitHubConnectorConfig {
  const parsed = githubConnectorConfigSchema.safeParse(config);
  if (parsed.success) {
    const logins = Object.fromEntries(Object.entries(parsed.data.logins).map(([email, login]) => [email.toLowerCase(), login]));
    return { ...parsed.data, baseUrl: parsed.data.baseUrl.replace(/\/+$/, ""), logins };
  }
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  throw new OffboardError("CONFIG_INVALID", `GitHub connector config: "${field}" ${issue?.message ?? "is invalid"}`, { field });
}
