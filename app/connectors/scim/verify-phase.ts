import { OffboardError } from "../../errors.js";
import type { Json } from "../../util/json.js";
import type { Evidence, Phase, Snapshot, TargetRef } from "../types.js";
import type { ScimContext } from "./context.js";
import { findUserByUserName } from "./find-user.js";
import { getUserById } from "./get-user.js";
import { readSnapshotData } from "./snapshot-data.js";
import { listUserGroups } from "./user-groups.js";

const sorted = (values: string[]) => [...new Set(values)].sort();
const sameSet = (a: string[], b: string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/**
 * Re-reads the directory after a phase and says whether the phase holds:
 *   soft:      account exists, active=false, sessions=0 (or revoked by deactivation), no direct groups;
 *   hard:      userName resolves to no account, the snapshot's account id answers 404, no licence held;
 *   reinstate: active and direct groups and licences equal the snapshot's (snapshot required).
 * With a snapshot, the account is addressed by its id; otherwise by userName.
 */
export async function verifyPhase(
  { config, client }: ScimContext,
  phase: Phase | "reinstate",
  target: TargetRef,
  snapshot?: Snapshot,
): Promise<Evidence> {
  const expected = snapshot ? readSnapshotData(snapshot, config.name) : undefined;
  const needsSnapshot = () =>
    new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `${config.name}: verifying a reinstate needs the snapshot it restored`, {
      connector: config.name,
    });
  if (phase === "reinstate" && !expected) throw needsSnapshot();
  const byName = await findUserByUserName(client, config, target.email);
  const user = snapshot ? await getUserById(client, config, snapshot.accountId) : byName;
  const accountId = snapshot?.accountId ?? byName?.id ?? null;
  const evidence = (checks: Record<string, Json>, ok: boolean): Evidence => ({ connector: config.name, accountId, checks, ok });

  if (phase === "hard") {
    const licencesHeld = (user?.entitlements ?? []).map((e) => e.value);
    return evidence(
      { userNameResolves: byName !== null, accountExists: user !== null, licencesHeld },
      byName === null && user === null && licencesHeld.length === 0,
    );
  }
  if (!user) return evidence({ accountExists: false }, false);
  const groups = await listUserGroups(client, config, user);
  const direct = groups.filter((g) => g.direct);
  const licences = user.entitlements.map((e) => e.value);

  if (phase === "soft") {
    const sessions: Json = config.sessions === "deactivation" ? "revoked-by-deactivation" : (user.ext?.sessions ?? null);
    return evidence(
      { accountExists: true, active: user.active, sessions, groups: sorted(direct.map((g) => g.display)) },
      !user.active && (sessions === 0 || sessions === "revoked-by-deactivation") && direct.length === 0,
    );
  }
  const want = expected;
  if (!want) throw needsSnapshot();
  const groupsMatch = sameSet(direct.map((g) => g.id), want.groups.map((g) => g.id));
  const licencesMatch = sameSet(licences, want.entitlements.map((e) => e.value));
  return evidence(
    {
      accountExists: true,
      active: user.active,
      expectedActive: want.active,
      groups: sorted(direct.map((g) => g.display)),
      expectedGroups: sorted(want.groups.map((g) => g.display)),
      licences: sorted(licences),
      expectedLicences: sorted(want.entitlements.map((e) => e.value)),
    },
    user.active === want.active && groupsMatch && licencesMatch,
  );
}
