// The double's public HTTP front, run in a worker thread (plain JavaScript: workers are not
// transformed by vitest). It serves git smart HTTP itself through `git http-backend` (CGI) and
// proxies every other request to the REST server on the main thread. Being off the main thread,
// git keeps working while the main thread is blocked, e.g. by an app under test that runs
// `git clone` with execFileSync against the double: served from the main thread, that deadlocks.
import { spawn } from "node:child_process";
import { Agent, createServer, request as httpRequest } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

/** @type {{ restPort: number; projectRoot: string; owner: string; repo: string; actor: string; env: Record<string, string> }} */
const config = workerData;
const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
/** installation token -> expiry on the double's clock (ms) */
const tokens = new Map();
/** The double's clock as last reported by the main thread, and when (real time). */
let clock = { double: Date.now(), real: Date.now() };
const agent = new Agent({ keepAlive: true });
const prefix = `/${config.owner}/${config.repo}.git`.toLowerCase();

port.on("message", (message) => {
  if (message.type === "token") tokens.set(message.token, message.expiresAt);
  if (message.type === "clock") clock = { double: message.now, real: Date.now() };
  // Replies after every report posted before it (one port, in order): the main thread's flush.
  if (message.type === "flush") port.postMessage({ type: "flushed", id: message.id });
});

const doubleNow = () => clock.double + (Date.now() - clock.real);

/** HTTP Basic `x-access-token:<installation token>` with a live token. */
function authorized(header) {
  const match = /^\s*basic\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return false;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const expiresAt = tokens.get(decoded.slice(colon + 1));
  return decoded.slice(0, colon) === "x-access-token" && expiresAt !== undefined && expiresAt > doubleNow();
}

function serviceOf(subPath, query) {
  if (subPath.endsWith("/info/refs")) return new URLSearchParams(query).get("service") ?? "git-dumb-http";
  return subPath.split("/").at(-1) ?? "git";
}

/** Status, headers and the start of the body, once CGI output holds the blank line. */
function parseCgiHead(buffer) {
  const crlf = buffer.indexOf("\r\n\r\n");
  const lf = buffer.indexOf("\n\n");
  const end = crlf !== -1 && (lf === -1 || crlf < lf) ? { at: crlf, len: 4 } : lf !== -1 ? { at: lf, len: 2 } : null;
  if (!end) return null;
  let status = 200;
  const headers = {};
  for (const line of buffer.subarray(0, end.at).toString("latin1").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
    else headers[name] = value;
  }
  return { status, headers, rest: buffer.subarray(end.at + end.len) };
}

function serveGit(req, res, url, subPath) {
  const method = (req.method ?? "GET").toUpperCase();
  const service = serviceOf(subPath, url.search.slice(1));
  const record = (status, actor) => port.postMessage({ type: "call", call: { method, path: url.pathname, operationId: service, status, actor } });
  if (!authorized(req.headers.authorization)) {
    record(401, null);
    // No credentials is git's normal first probe; wrong credentials are the app's mistake.
    if (req.headers.authorization) port.postMessage({ type: "violation", text: `git ${service} ${url.pathname} with credentials other than x-access-token:<valid installation token>` });
    req.resume();
    res.writeHead(401, { "www-authenticate": 'Basic realm="GitHub"', "content-type": "text/plain" }).end("Authentication required\n");
    return;
  }
  const env = {
    ...config.env,
    GIT_PROJECT_ROOT: config.projectRoot,
    GIT_HTTP_EXPORT_ALL: "1",
    PATH_INFO: `/${config.repo}.git${subPath}`,
    REQUEST_METHOD: method,
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers["content-type"] ?? "",
    REMOTE_USER: "x-access-token",
    REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
    ...(req.headers["content-length"] ? { CONTENT_LENGTH: req.headers["content-length"] } : {}),
    ...(req.headers["content-encoding"] ? { HTTP_CONTENT_ENCODING: String(req.headers["content-encoding"]) } : {}),
    ...(req.headers["git-protocol"] ? { GIT_PROTOCOL: String(req.headers["git-protocol"]), HTTP_GIT_PROTOCOL: String(req.headers["git-protocol"]) } : {}),
  };
  const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
  let head = Buffer.alloc(0);
  let started = false;
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk.toString("utf8")));
  child.stdout.on("data", (chunk) => {
    if (started) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const parsed = parseCgiHead(head);
    if (!parsed) return;
    started = true;
    record(parsed.status, config.actor);
    res.writeHead(parsed.status, parsed.headers);
    if (parsed.rest.length > 0) res.write(parsed.rest);
  });
  child.on("close", (code) => {
    if (!started) {
      record(500, config.actor);
      port.postMessage({ type: "violation", text: `git http-backend failed on ${method} ${url.pathname} (exit ${code}): ${stderr.trim()}` });
      res.writeHead(500, { "content-type": "text/plain" });
    }
    res.end();
    if (service === "git-receive-pack" && method === "POST") port.postMessage({ type: "pushed" });
  });
  child.stdin.on("error", () => undefined);
  req.pipe(child.stdin);
}

function proxyToRest(req, res) {
  const upstream = httpRequest({ host: "127.0.0.1", port: config.restPort, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end(`GitHub double REST server unreachable: ${error.message}`);
  });
  req.pipe(upstream);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const lower = url.pathname.toLowerCase();
  if (lower === prefix || lower.startsWith(`${prefix}/`)) serveGit(req, res, url, url.pathname.slice(prefix.length));
  else proxyToRest(req, res);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  port.postMessage({ type: "listening", port: typeof address === "object" && address ? address.port : 0 });
});
