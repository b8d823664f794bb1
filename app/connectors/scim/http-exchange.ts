import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export interface HttpAnswer {
  status: number;
  /** The response body as text ("" when there is none). */
  body: string;
}

export interface HttpExchange {
  (method: string, url: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<HttpAnswer>;
}

/**
 * One HTTP request and its whole answer, over node:http(s) with keep-alive connections shared by
 * every call of one connector. (Through `fetch`, each call cost the executor about three times the
 * CPU: undici's fetch machinery, web streams and an abort signal per request, which a SCIM client
 * reading small JSON answers does not need.) The whole exchange, body included, must finish within
 * `timeoutMs`; a failure before the answer is complete rejects with the underlying error.
 * Certificates are verified as by any https request (no option here turns that off).
 */
export function createHttpExchange(): HttpExchange {
  // An idle connection is dropped after 4 s (as undici does), before a server's usual 5 s
  // keep-alive timeout could close it under a request being sent on it.
  const pool = { keepAlive: true, timeout: 4_000 };
  const agents = { http: new HttpAgent(pool), https: new HttpsAgent(pool) };
  return (method, url, headers, body, timeoutMs) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const target = new URL(url);
      const tls = target.protocol === "https:";
      const send = tls ? httpsRequest : httpRequest;
      const withLength = body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) };
      const req = send(target, { method, headers: withLength, agent: tls ? agents.https : agents.http }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", fail);
        res.on("close", () => {
          if (!res.complete) fail(new Error("the connection closed before the answer was complete"));
        });
      });
      function fail(e: Error): void {
        clearTimeout(timer);
        req.destroy();
        reject(e);
      }
      const timer = setTimeout(() => fail(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
      req.on("error", fail);
      req.end(body);
    });
}
