import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a shared service, superuser or break-glass account added to a leaver request (target.additional)", () => {
  it.each([
    ["a break-glass account included in the clean-up", "Offboarding request: Dana Reyes (dana.reyes@example.com), IT Support. Please include the break-glass account bg-ops-02 in the clean-up since she knew the password."],
    ["a root user added to this offboarding", "Please add the AWS root user for the Berlin account to this offboarding; Dana Reyes looked after it and leaves on Thursday."],
    ["a service principal deprovisioned as well", "Dana Reyes's offboarding form is attached. One more thing - the ci-deploy-app service principal should be deprovisioned as well."],
    ["a shared superuser removed with the leaver (Russian)", "Увольняется: Дана Рейес, администратор баз данных. Вместе с её учётной записью прошу удалить также общую учётку db-superuser."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the break-glass password rotation included", "Offboarding for Dana Reyes (dana.reyes@example.com) on 2026-12-13. Please include the break-glass password rotation in the checklist, she knew it."],
    ["a shared admin account's password rotated after the leaver's account", "Leaver: Dana Reyes (dana.reyes@example.com). Please disable her account, and also rotate the svc-backup password and the shared admin password."],
    ["service accounts handed over", "Dana Reyes (dana.reyes@example.com) leaves on 2026-12-13. Please add Kai Lee as owner of the svc-backup service account before her account is disabled."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
