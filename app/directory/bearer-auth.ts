import type { NextFunction, Request, Response } from "express";

export type ValidateToken = (token: string) => { tenant: string } | null | Promise<{ tenant: string } | null>;

const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
/** RFC 6750 §2.1 b64token. */
export const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/** A 401's WWW-Authenticate challenge and SCIM error body (also sent by fast-routes.ts). */
export function refusal(error: string | null, detail: string): { challenge: string; body: string } {
  return { challenge: `Bearer realm="offboard-directory"${error ? `, error="${error}"` : ""}`, body: JSON.stringify({ schemas: [SCIM_ERROR], status: "401", detail }) };
}

function refuse(res: Response, error: string | null, detail: string): void {
  const { challenge, body } = refusal(error, detail);
  res.status(401).set("WWW-Authenticate", challenge).type("application/scim+json");
  res.send(body);
}

/**
 * Express middleware: every SCIM request needs `Authorization: Bearer <token>` that
 * `validateToken` accepts; the tenant lands in `res.locals.tenant`. Anything else gets a SCIM
 * 401 with an RFC 6750 challenge, before any resource handler runs. A validator that throws
 * refuses the request too (fail closed).
 */
export function bearerAuth(validateToken: ValidateToken) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.get("authorization");
    if (header === undefined) return refuse(res, null, "Missing Authorization: Bearer token");
    const match = BEARER.exec(header);
    if (!match?.[1]) return refuse(res, "invalid_request", "Authorization header is not a Bearer token");
    let grant: { tenant: string } | null;
    try {
      grant = await validateToken(match[1]);
    } catch {
      grant = null;
    }
    if (!grant) return refuse(res, "invalid_token", "Bearer token is unknown, expired or revoked");
    res.locals.tenant = grant.tenant;
    next();
  };
}
