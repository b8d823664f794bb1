/**
 * The leaver's account said to live under another address now: "her account was renamed, it now lives under
 * j.moreno@", "her mailbox moved during the migration and is now t.hale@", "das Konto wurde umbenannt". A cue
 * of detect-correction.ts like CORRECTION_CUE, except that the address named after it is the same person when
 * it shares one name word with the leaver (a surname changed at marriage keeps the given name:
 * "dana.kowalski@" for Dana Reyes), not only when every word is alike.
 */
export const RENAMED_CONCEPTS = {
  ACCOUNT_RENAMED: [
    "was renamed", "has been renamed", "got renamed", "now lives under", "lives under", "now sits under", "mailbox moved", "mailbox was moved",
    // The logins moved under another person's profile: "Gareth's mailbox and logins were moved under Helen Marsh's profile".
    "logins were moved under", "login was moved under", "account was moved under", "accounts were moved under", "account was migrated", "was migrated to", "has been migrated to",
    "wurde umbenannt", "ist umbenannt", "läuft jetzt unter", "a été renommé", "a été renommée", "est désormais", "fue renombrada", "fue renombrado", "ahora está en", "foi renomeada", "foi renomeado", "agora está em",
    "è stato rinominato", "è stata rinominata", "ora si trova sotto", "is hernoemd", "staat nu onder", "zostało przemianowane", "zostało zmienione na", "переименован*", "теперь под", "перейменован*", "тепер під",
    "har bytt namn", "bytte namn", "yeniden adlandırıldı", "已更名为", "改名为", "已迁移到", "名前が変更され", "이름이 변경되", "تمت إعادة تسميته", "अब नाम बदलकर", "berganti nama", "sudah diganti menjadi",
  ],
} as const satisfies Record<string, readonly string[]>;
