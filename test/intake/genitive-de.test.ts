import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The Romance "de" that is "of", not "from" (lexicon/genitive-de.ts, mask-homographs.ts): written for these tests.

describe("a Romance 'de' joining an account noun to its kind, or a politeness formula to its verb, is no 'from'", () => {
  it.each([
    ["favor de ... la cuenta de administrador (es)", "Baja de Lucía Ortega (lucia.ortega@example.com) el viernes. Favor de desactivar también la cuenta de administrador del dominio."],
    ["favor de ... a conta de administrador (pt)", "Desligamento de Ana Souza (ana.souza@example.com) na sexta. Favor de desativar também a conta de administrador do domínio."],
    ["l'utilisateur de service (fr)", "Départ de Julien Mercier (julien.mercier@example.com) le 29 mai. Merci de désactiver aussi l'utilisateur de service svc-paie-prod."],
    ["l'identifiant de service (fr)", "Départ de Julien Mercier (julien.mercier@example.com). Merci de désactiver également l'identifiant de service svc-compta-sync."],
    ["el usuario de servicio (es)", "Baja de Lucía Ortega (lucia.ortega@example.com). Desactivad también el usuario de servicio svc-nominas, por favor."],
    ["o usuário de serviço (pt)", "Desligamento de Ana Souza (ana.souza@example.com). Desativem também o usuário de serviço svc-folha, por favor."],
    ["las cuentas de administrador de dominio (es)", "Baja de Lucía Ortega (lucia.ortega@example.com). Desactivad también las cuentas de administrador de dominio de la oficina."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["removed from a list (fr)", "Départ de Julien Mercier (julien.mercier@example.com). Merci de désactiver son compte le 30 novembre et de la retirer de la liste de diffusion."],
    ["removed from the domain admins group (es)", "Baja de Lucía Ortega (lucia.ortega@example.com). Favor de desactivar su cuenta y quitadla de la lista de administradores del dominio."],
    ["her account removed from a list (es)", "Baja de Lucía Ortega (lucia.ortega@example.com). Por favor, eliminad su cuenta de la lista de distribución del equipo."],
    ["her access to a shared service account (pt)", "Desligamento de Ana Souza (ana.souza@example.com). Favor de retirar seu acesso da conta de serviço compartilhada."],
    ["a person taken off a service account (fr)", "Départ de Julien Mercier (julien.mercier@example.com). Merci de retirer Julien du compte de service svc-paie-prod, il part vendredi."],
    ["a service account that stays active (fr)", "Départ de Julien Mercier (julien.mercier@example.com). Merci de désactiver son compte ; le compte de service svc-paie-prod reste actif, ne pas y toucher."],
    ["a service account that stays active (es)", "Baja de Lucía Ortega (lucia.ortega@example.com). Por favor, desactivad su cuenta; la cuenta de servicio svc-nominas sigue activa, no la toquéis."],
    ["a service account that stays active (en)", "Leaver: Lucy Ortega (lucia.ortega@example.com). Please disable her account; the service account svc-payroll-prod stays active, do not touch it."],
    ["the leaver's own accesses named (fr)", "Bonjour, merci de clôturer les accès de Julien Mercier (julien.mercier@example.com), dernier jour le 29 mai."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
