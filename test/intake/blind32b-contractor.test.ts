import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: the leaver's credentials sent "to our contractor at x@", an outside firm whatever its address's domain
// (OUTSIDE_PARTY in lexicon/outside-destination.ts). Texts written for this test, not the corpus's.
describe("credentials sent to the writer's contractor (OUTSIDE_PARTY)", () => {
  it.each([
    ["en", "Leaver: Dai Morgan (EMP 3301), control room operator, last shift 15 Dec. Please have the shared-account credentials and his alarm logs sent to our contractor at desk@nightops.example.com, they take over his duties."],
    ["fr", "Départ : Dai Morgan (EMP 3301), 15/12. Merci d'envoyer ses mots de passe du poste de contrôle à notre sous-traitant, desk@nightops.example.com."],
    ["es", "Baja: Dai Morgan (EMP 3301), 15/12. Por favor, enviad sus contraseñas del centro de control a nuestro contratista en desk@nightops.example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it.each([
    ["the leaver is a contractor", "Leaver: Dai Morgan (EMP 3301), our contractor for the control room, dai.morgan@example.com, last shift 15 Dec. Please disable his accounts and revoke his shared-account credentials."],
    ["a confirmation to the contractor", "Leaver: Dai Morgan (EMP 3301), last shift 15 Dec. Please reset the shared-account credentials and send a confirmation to our contractor at desk@nightops.example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
