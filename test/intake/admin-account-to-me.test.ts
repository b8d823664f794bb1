import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An administrator account, or its ownership, handed to the writer (ADMIN_ACCOUNT, REQUESTER_SELF "to my user", exfil-rules.ts).
describe("an administrator account or its ownership handed to the writer", () => {
  it.each([
    ["ownership of a console account to my user", "Hello, for the leaver Mr. Petr Dvorak (EMP 51200) I ask also to transfer his ownership of the backup console account to my user, because I continue his work from Monday."],
    ["'overdraget til mig' (Danish)", "Fratrædelse: Per Jensen (medarb.nr. 36120), systemadministrator.\nI stedet for at nedlægge administratorkontoen adm-pjensen vil jeg gerne have den overdraget til mig med de nuværende rettigheder."],
    ["'a mi usuario' (Spanish)", "Baja de Pedro Soto. Por favor pasad la cuenta de administrador del firewall a mi usuario, que sigo yo con sus tareas."],
  ])("%s", async (_, text) => {
    expect((await rulesOf(text)).length).toBeGreaterThan(0);
  });

  it.each([
    ["files handed to his manager", "Leaver: Petr Dvorak (petr.dvorak@example.com), last day Friday. Please transfer ownership of his OneDrive files to his manager, Tom Berg."],
    ["project files to my user folder", "Leaver: Petr Dvorak (petr.dvorak@example.com), last day Friday. Please move his project files to my user folder, I am his backup."],
    ["a confirmation to me after his admin account is disabled", "Leaver: Petr Dvorak (petr.dvorak@example.com), last day Friday. Please disable his admin account adm-pdvorak and send a confirmation to me."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
