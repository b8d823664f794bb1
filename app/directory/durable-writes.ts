import type { NextFunction, Request, Response } from "express";

const answered = new WeakSet<Response>();

/**
 * Whether the handler has answered `res` and the answer only waits for the journal: headers are
 * not sent yet (`res.headersSent` is false), but the answer is given and must not be replaced.
 */
export function answerPending(res: Response): boolean {
  return answered.has(res) && !res.headersSent;
}

/**
 * The app's last error handler: a 500 for an error nothing answered. An answer waiting for the
 * journal is already given (sending a 500 now would change that answer's status and headers);
 * an answer already sent is left alone.
 */
export function lastResort(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (!res.headersSent && !answerPending(res)) res.status(500).json({ status: "500", detail: String(err) });
}

/**
 * Express middleware: a mutating request (anything but GET and HEAD) is answered only once its
 * change is on disk (`durable()`, the journal's group commit). The handler runs as before and
 * synchronously (see store.ts); only the final write of the response waits. When the change
 * cannot be made durable the client gets a 500 instead of the handler's success.
 */
export function durableWrites(durable: () => Promise<void>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      // The answer is given: a later end (an error handler after the handler answered) is not sent.
      if (answered.has(res)) return res;
      answered.add(res);
      durable().then(
        () => end(...args),
        (e: unknown) => {
          const body = JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "500", detail: String((e as Error).message) });
          res.statusCode = 500;
          res.setHeader("content-type", "application/scim+json");
          res.setHeader("content-length", Buffer.byteLength(body));
          end(body);
        },
      );
      return res;
    }) as Response["end"];
    next();
  };
}
