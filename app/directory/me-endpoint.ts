import express, { type Request, type Response, type Router } from "express";
import SCIMMY from "scimmy";
import type { DirectoryRequestContext } from "./request-context.js";

/**
 * `GET /Me` answered as scimmy-routers answers it when SCIMMY's own User resource is declared: the
 * caller's id (the auth handler's answer, the lease's tenant) read as a User, 404 when there is no
 * such User. This directory declares CachedUserResource as "User" instead (cached-user-resource.ts),
 * for which scimmy-routers' own /Me would answer 501. Mounted after authentication, before the
 * SCIMMY router; the steps and errors are scimmy-routers 1.3.2's (`Me` in dist/routers.js).
 */
export function meEndpoint(context: (req: Request) => DirectoryRequestContext): Router {
  const me = express.Router();
  me.get("/Me", async (req: Request, res: Response) => {
    res.setHeader("Content-Type", "application/scim+json");
    try {
      SCIMMY.Resources.User.basepath(req.baseUrl);
      const user = (await new SCIMMY.Resources.User(String(res.locals.tenant)).read(context(req))) as unknown as { meta?: { location?: string } } | undefined;
      if (user?.meta?.location) res.location(user.meta.location).send(user);
      else throw new SCIMMY.Types.Error(501, null!, "Endpoint Not Implemented");
    } catch (ex) {
      res.status((ex as { status?: number }).status ?? 500).send(new SCIMMY.Messages.Error(ex as never));
    }
  });
  return me;
}
