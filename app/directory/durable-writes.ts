import type { NextFunction, Request, Response } from "express";

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
