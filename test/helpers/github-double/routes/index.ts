import { appRoutes } from "./app.js";
import { checkRoutes } from "./checks.js";
import { commentRoutes } from "./comments.js";
import { contentRoutes } from "./contents.js";
import { issueRoutes } from "./issues.js";
import { memberRoutes } from "./members.js";
import { pullDetailRoutes } from "./pull-details.js";
import { pullRoutes } from "./pulls.js";
import { repoRoutes } from "./repos.js";
import type { RouteTable } from "./rest-types.js";

/** operationId -> handler for every REST operation the double serves; any other is a violation. */
export const ROUTES: RouteTable = {
  ...appRoutes,
  ...repoRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...pullDetailRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...checkRoutes,
  ...memberRoutes,
};
