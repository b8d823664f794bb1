import { issueInstallationToken } from "../auth.js";
import { INSTALLATION_PERMISSIONS, installationShape, integrationShape } from "../shapes/app.js";
import { fromExample } from "../shapes/from-example.js";
import { repositoryShape } from "../shapes/repository.js";
import { isoTime } from "../world.js";
import { failure, numberParam, ok, type RouteTable } from "./rest-types.js";

/** App-JWT operations: the app itself, its installation, and installation tokens. */
export const appRoutes: RouteTable = {
  "apps/get-authenticated": ({ world }) => ok(integrationShape(world)),
  "apps/get-repo-installation": ({ world }) => ok(installationShape(world)),
  "apps/create-installation-access-token": (call) => {
    const { world } = call;
    if (numberParam(call, "installation_id") !== world.installationId) {
      return { ...failure(404, "Not Found"), violation: `token requested for unknown installation ${String(call.params.installation_id)} (the double's is ${world.installationId})` };
    }
    const { token, expiresAt } = issueInstallationToken(world);
    return ok(
      {
        ...fromExample(world, "installation-token"),
        token,
        expires_at: isoTime(expiresAt),
        permissions: { ...INSTALLATION_PERMISSIONS },
        repository_selection: "selected",
        repositories: [repositoryShape(world)],
      },
      201,
    );
  },
};
