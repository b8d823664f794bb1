import { appRoutes } from "./app.js";
import { checkRoutes } from "./checks.js";
import { collaboratorRoutes } from "./collaborators.js";
import { commentRoutes } from "./comments.js";
import { contentRoutes } from "./contents.js";
import { issueRoutes } from "./issues.js";
import { orgMemberRoutes } from "./org-members.js";
import { pullDetailRoutes } from "./pull-details.js";
import { pullRoutes } from "./pulls.js";
import { repoRoutes } from "./repos.js";
import type { RouteTable } from "./rest-types.js";
import { teamRoutes } from "./teams.js";

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
  ...collaboratorRoutes,
  ...orgMemberRoutes,
  ...teamRoutes,
};
