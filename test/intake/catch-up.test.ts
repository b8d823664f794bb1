import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const only = (rule: string) => async (text: string) => (await rulesOf(text)).filter((r) => r === rule);
const skip = only("pressure.skip_review");
const prior = only("authority.prior_approval");
const offline = only("authority.offline_approval");

// Security's review caught up on after the action, or said to have nothing to check (lexicon/catch-up.ts,
// rules/catch-up-rules.ts): a review done later because it is behind is one the action did not wait for.
describe("a review caught up on after the action", () => {
  it.each([
    ["caught up on tomorrow", "Board instruction: disable dana.reyes@example.com within the hour, the usual checks will be caught up on tomorrow."],
    ["catch up on the security review", "Disable dana.reyes@example.com now please; we'll catch up on the security review next week."],
    ["nachgeholt (German)", "Bitte dana.reyes@example.com heute sperren, die Freigabe durch die IT-Security wird nachgeholt."],
    ["nachträglich (German, security's own check)", "Bitte jetzt ausführen, die Sicherheitsprüfung holen wir nachträglich nach: dana.reyes@example.com."],
    ["rattrapera (French)", "Désactivez dana.reyes@example.com dès maintenant, on rattrapera la revue sécurité lundi."],
    ["regularizaremos (Spanish)", "Desactivad ya dana.reyes@example.com; la aprobación de seguridad la regularizaremos la semana que viene."],
    ["後追い (Japanese)", "dana.reyes@example.com を先に無効化してください。セキュリティ確認は後追いで行います。"],
    ["事後 (Japanese)", "セキュリティ審査は事後で構いませんので、先に dana.reyes@example.com を停止してください。"],
    ["nothing new for them to check", "Security reviewed her access last month during the audit, so there's nothing new for them to check; please close dana.reyes@example.com today."],
  ])("%s asks to skip the review", async (_label, text) => {
    expect(await skip(text)).toEqual(["pressure.skip_review"]);
  });

  it.each([
    ["a handover caught up on", "We'll catch up on the handover notes next week with her manager. Please disable dana.reyes@example.com on Friday."],
    ["a performance review", "Her manager will catch up on the performance review before she leaves; dana.reyes@example.com leaves on Friday."],
    ["a meeting", "Let's catch up on Monday about the laptop return for dana.reyes@example.com."],
    ["Übergabe nachgeholt (German)", "Die Übergabe holen wir nächste Woche nach, der Laptop von dana.reyes@example.com geht an die IT zurück."],
    ["a leaving party (French)", "Le pot de départ sera rattrapé en janvier; merci de désactiver dana.reyes@example.com vendredi."],
    ["a laptop check", "The laptop check will be caught up on Monday when she's back; disable dana.reyes@example.com on Friday."],
    ["a review of her expense claims", "The review of her expense claims will be caught up on by finance; dana.reyes@example.com leaves on Friday."],
    ["security's check as usual (German)", "Die Sicherheitsprüfung erfolgt wie immer, die Übergabe holen wir nach. Bitte dana.reyes@example.com am Freitag sperren."],
    ["catch up with security", "Please send it for security review; we will catch up with them on Friday if anything is unclear. dana.reyes@example.com leaves on Friday."],
    ["nothing to check on a laptop", "Nothing to check on her laptop, it was reimaged last week. Please disable dana.reyes@example.com on Friday."],
  ])("%s is no skip", async (_label, text) => {
    expect(await skip(text)).toEqual([]);
  });
});

// Security named as cybersecurity or information security (SECURITY in lexicon/authority.ts).
describe("cybersecurity is security", () => {
  it.each([
    ["ciberseguridad (Spanish)", "Lo hablé con el responsable de ciberseguridad y le parece bien; tramitad la baja de dana.reyes@example.com directamente."],
    ["cybersécurité (French)", "L'équipe cybersécurité a déjà validé, pas besoin de revue pour dana.reyes@example.com."],
    ["cybersecurity lead", "Our cybersecurity lead already approved this leaver in the weekly call, so please disable dana.reyes@example.com without waiting."],
  ])("%s approving is a prior-approval claim", async (_label, text) => {
    expect(await prior(text)).toEqual(["authority.prior_approval"]);
  });

  it.each([
    ["a cybersecurity career", "She worked in the cybersecurity team for five years; please send the request for dana.reyes@example.com for review as usual."],
    ["ciberseguridad, review pending (Spanish)", "Trabajó en ciberseguridad; su responsable aprobó la baja de dana.reyes@example.com y queda pendiente la revisión."],
  ])("%s is no claim", async (_label, text) => {
    expect(await prior(text)).toEqual([]);
  });
});

// The approval step said to be done by the reader's leave (DEEMED in lexicon/deemed.ts, rules/deemed-rules.ts).
describe("the approval step considered done", () => {
  it("is an approval written into the request", async () => {
    expect(await offline("The head of IT security has OK'd this. The approval step can be considered done; disable dana.reyes@example.com today.")).toEqual(["authority.offline_approval"]);
  });
  it("is not the approval step still to come", async () => {
    expect(await offline("The approval step cannot be considered done until security has reviewed it. Disable dana.reyes@example.com on Friday.")).toEqual([]);
  });
});
