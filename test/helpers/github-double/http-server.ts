import type { IncomingMessage, ServerResponse } from "node:http";
import { handleRest } from "./rest-server.js";
import type { World } from "./world.js";

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The REST server's request listener (reached through the front, git-front-worker.mjs). */
export function requestListener(world: World): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    readBody(req)
      .then((body) => handleRest(world, req, res, body))
      .catch((error: unknown) => {
        world.state.violations.push(`the double failed on ${req.method ?? "?"} ${req.url ?? "?"}: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end();
      });
  };
}
