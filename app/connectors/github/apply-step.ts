import { z } from "zod";
import { OffboardError } from "../../errors.js";
import { stepDetail } from "../step-detail.js";
import type { PlannedStep, StepResult } from "../types.js";
import type { GitHubSession } from "./github-session.js";

const teamDetail = z.object({ team: z.string().min(1) });

/**
 * Applies one planned step, idempotently: a team membership already gone, an owner already
 * demoted, a membership already removed count as done (`alreadyDone`).
 */
export async function applyStep(session: GitHubSession, step: PlannedStep): Promise<StepResult> {
  const login = step.accountId;
  switch (step.action) {
    case "remove_groups":
      return { step, alreadyDone: !(await session.removeFromTeam(stepDetail(teamDetail, step).team, login)) };
    case "deactivate": {
      const member = await session.membership(login);
      if (!member) throw new OffboardError("TARGET_NOT_FOUND", `${session.config.name}: ${login} left ${session.config.org} before the soft phase`, { connector: session.config.name, reason: "gone" });
      if (member.role === "member") return { step, alreadyDone: true };
      await session.setRole(login, "member");
      return { step, alreadyDone: false };
    }
    case "delete":
      return { step, alreadyDone: !(await session.removeMember(login)) };
    default:
      throw new OffboardError("CONNECTOR_FAILED", `${session.config.name}: no such step ${step.action}`, { connector: session.config.name, action: step.action });
  }
}
