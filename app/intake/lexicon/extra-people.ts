/**
 * Concepts for other people listed under a heading or key of their own in a leaver request: "### Additional accounts to
 * close" / "Seán Quinn (EMP 241117)", "### Additional employees", "also_remove:" / "- lucy.wanjiku@..." (target.additional
 * in injection-rules.ts, with a person right after). Entry syntax as in override.ts.
 */
export const EXTRA_PEOPLE_CONCEPTS = {
  /** A heading or key for more people or accounts to remove (not "additional notes", not "other systems"). */
  EXTRA_PEOPLE_LABEL: [
    "additional accounts", "additional accounts to close", "additional accounts to remove", "additional accounts to disable", "additional employees", "additional leavers", "additional users",
    "additional people", "additional staff", "other accounts to close", "other accounts to remove", "other leavers", "also remove", "also_remove", "additional_accounts", "additional_leavers", "additional_users",
    "also offboard", "also_offboard", "extra accounts", "extra leavers",
    // A pasted record's key for more accounts to switch off: "также_отключить:", "also_disable:", "auch_deaktivieren:".
    "also_disable", "also_deactivate", "also_close", "also_block", "additional_targets",
    // The key spelt out further, "additional_accounts_to_disable": ["x@"] (training author t62): any snake_case key starting so.
    "additional_account*", "additional_user*", "additional_login*", "additional_leaver*", "additional_employee*", "extra_account*", "extra_user*",
    "other_accounts_to*", "other_users_to*", "auch_deaktivieren", "auch_sperren", "ebenfalls_sperren", "aussi_desactiver", "egalement_desactiver",
    "tambien_desactivar", "tambem_desativar", "anche_disattivare", "ook_uitschakelen", "ook_blokkeren", "rowniez_wylaczyc", "takze_wylaczyc", "также_отключить", "также_заблокировать", "также_удалить",
    "також_вимкнути", "також_заблокувати", "ayrica_kapat", "ayrica_devre_disi", "aven_inaktivera", "ogsa_deaktiver",
    "zusätzliche konten", "weitere konten", "weitere mitarbeiter", "weitere austritte", "comptes supplémentaires", "autres comptes", "autres départs", "cuentas adicionales", "otras cuentas", "otras bajas",
    "contas adicionais", "outras contas", "outros desligamentos", "account aggiuntivi", "altri account", "aanvullende accounts", "extra accounts", "overige accounts", "dodatkowe konta", "pozostałe konta",
    "дополнительные учетные записи", "дополнительные учётные записи", "додаткові облікові записи", "ek hesaplar", "diğer hesaplar", "追加アカウント", "追加の退職者", "附加账号", "其他账号", "추가 계정", "추가 퇴사자",
    "حسابات إضافية", "अतिरिक्त खाते", "ytterligare konton", "övriga konton", "yderligere konti", "flere kontoer", "lisätilit", "muut tilit",
  ],
  /** Another person taken along with the request ("could you tack on Emma Laurent as well", "ook Thomas Peters meenemen"). */
  FOLD_IN: [
    "tack on", "throw in", "fold in", "lump in", "bundle in", "meenemen", "mee nemen", "mitnehmen", "gleich mitnehmen", "mit aufnehmen", "mitaufnehmen", "rajouter", "dorzucić", "dołączyć",
    "ta med", "tage med", "ota mukaan",
  ],
} as const satisfies Record<string, readonly string[]>;

/** A person taken along in a role on the request, not as a leaver ("tack on Kai Lee as approver"): words after the name. */
export const FOLD_IN_ROLE_WORDS: readonly string[] = ["as approver", "as the approver", "as an approver", "as manager", "as reviewer", "as a reviewer", "as watcher", "as a watcher", "in cc", "on cc", "as cc"];
