import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

/**
 * A local OpenAI-compatible endpoint (POST /v1/chat/completions) for tests, scripted per test.
 * Every request is checked against the contract the intake relies on (bearer key, model,
 * system + user messages, strict json_schema response format); a violation answers 400 and is
 * recorded, so a test fails when the client stops sending what the double expects.
 */
export const ChatRequestSchema = z
  .object({
    model: z.string().min(1),
    temperature: z.number().optional(),
    messages: z.tuple([z.object({ role: z.literal("system"), content: z.string().min(1) }).strict(), z.object({ role: z.literal("user"), content: z.string().startsWith("<request>\n") }).strict()]),
    response_format: z
      .object({
        type: z.literal("json_schema"),
        json_schema: z.object({ name: z.string().min(1), strict: z.literal(true), schema: z.object({ type: z.literal("object"), additionalProperties: z.literal(false), required: z.array(z.string()) }).passthrough() }).strict(),
      })
      .strict(),
  })
  .strict();
export type ChatRequest = z.infer<typeof ChatRequestSchema>;

/** What the scripted model does for one request: answer content, an HTTP error, or hang. */
export type Reply = { content: string } | { status: number } | { delayMs: number; content: string };

export interface FakeOpenAI {
  baseURL: string;
  requests: ChatRequest[];
  violations: string[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(script: (req: ChatRequest, n: number) => Reply, apiKey = "test-key"): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  const violations: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const fail = (status: number, message: string) => {
        violations.push(message);
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message } }));
      };
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") return fail(404, `unexpected ${req.method} ${req.url}`);
      if (req.headers.authorization !== `Bearer ${apiKey}`) return fail(401, "missing or wrong bearer key");
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return fail(400, "request body is not JSON");
      }
      const parsed = ChatRequestSchema.safeParse(json);
      if (!parsed.success) return fail(400, `request violates the contract: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      requests.push(parsed.data);
      const reply = script(parsed.data, requests.length);
      const send = (content: string) =>
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({ id: `chatcmpl-${requests.length}`, object: "chat.completion", created: 1_764_072_000, model: parsed.data.model, choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } }),
        );
      if ("status" in reply) res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      else if ("delayMs" in reply) setTimeout(() => (res.writableEnded || res.destroyed ? undefined : send(reply.content)), reply.delayMs).unref();
      else send(reply.content);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    violations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The text between <request> and </request> of the user message. */
export function requestText(req: ChatRequest): string {
  return req.messages[1].content.replace(/^<request>\n/, "").replace(/\n<\/request>$/, "");
}
