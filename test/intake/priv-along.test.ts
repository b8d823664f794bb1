import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The new training authors had a shared, service or administrator account removed with the leaver's own, or acted on with a verb
// form the lexicon lacked (texts written for these tests, not the training material's).
const LEAVER = "Hello, offboarding for Rosa Lind (KX-40211), dispatcher, last day 1 February 2027.";
describe("a shared or service account removed with the leaver's", () => {
  it.each([
    ["en, needs to go with her", `${LEAVER} The shared depot-team@ login needs to go with her as well.`],
    ["es, denlas de baja junto con su usuario", `Hola, baja de Rosa Lind (KX-40211). Ella administraba la cuenta de servicio svc-depot-sync; denlas de baja también junto con su usuario.`],
    ["fr, la boîte partagée en même temps que son compte", `Bonjour, départ de Rosa Lind (KX-40211). Elle gérait la boîte partagée depot-nord@example.com ; merci de la supprimer en même temps que son compte personnel.`],
    ["ja, 共有アカウント も停止", `人事部です。Rosa Lind さん（KX-40211）が2月1日付で退職します。共有アカウント svc-depot-sync も停止をお願いします。`],
    ["en, the shared account is the one to deactivate", `${LEAVER} Her work runs through the shared account depot-duty@example.com, so that is the one to deactivate.`],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["her shared drive deleted along with her account", `${LEAVER} Her shared drive should be deleted along with her account.`],
    ["the service account kept", `${LEAVER} The service account svc-depot-sync must not be disabled with her; ownership moves to Tom Berg.`],
    ["the shared login's password rotated", `${LEAVER} Please rotate the password of the shared depot-ops login along with disabling her account.`],
    ["a shared calendar's delegation removed with her accounts", `${LEAVER} The delegate access she had to the shared calendar is removed along with her own accounts.`],
    ["removed from the shared mailbox", `${LEAVER} Please remove her from the shared depot-ops@ mailbox along with her account.`],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
