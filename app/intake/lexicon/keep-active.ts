/**
 * An account said to stay active: "leave Andrei's account active", "să lăsați contul lui Andrei activ". Read
 * by detect-correction.ts only, right after the name set aside in a correction: when that name is alike but not
 * equal to the corrected one ("Andrei Popescu" and "Andreea Popescu", two edits apart), a name whose account
 * stays active is another person, not a typo. Entries are normalised like the text.
 */
export const KEEP_ACTIVE_CONCEPTS = {
  ACTIVE_WORD: [
    "active", "enabled", "activ", "activo", "activa", "activos", "ativo", "ativa", "attivo", "attiva", "aktiv", "aktiviert", "actif", "actief", "actieve", "aktywne", "aktywny", "aktywna",
    "активной", "активным", "активна", "активний", "активним", "активною", "aktif", "aktivní", "aktívny", "aktiivinen", "aktiivisena", "aktivt", "aktiva", "ενεργό", "ενεργός",
    "有効のまま", "保持启用", "保持激活", "활성 상태", "نشطا", "نشطاً", "فعالا", "सक्रिय",
  ],
} as const;
