import type { LanguagePack } from "./index.js";

/** Indonesian (id): words the topic files lacked for their concepts (see index.ts). */
export const ID_PACK: LanguagePack = {
  // The passive of the action: "akun break-glass bg-jkt-01 dinonaktifkan juga".
  ACTION: ["dinonaktifkan", "diblokir", "dihapus", "ditutup",
    // Malay: "sila tamatkan akses semua kakitangan" (please end the access of all staff)
    "tamatkan", "ditamatkan",
    // Malay: "Akaun berkaitan untuk dinyahaktif bersama: x@, svc-deploy-prod@ dan akaun root AWS" (training author t44).
    "dinyahaktif", "dinyahaktifkan"],
  // Approved with the English verb: "sudah di-approve tim security waktu meeting Senin".
  APPROVED: ["di approve", "diapprove", "sudah approve"],
  // Carried out directly: "jadi langsung eksekusi saja".
  ACT_DIRECTLY: ["langsung eksekusi", "langsung dieksekusi", "langsung dinonaktifkan", "langsung diproses saja", "langsung jalankan saja", "langsung jalankan"],
  // Not to be reviewed: "tiket ini tidak perlu ditinjau tim security" (training author t44).
  REVIEW: ["ditinjau"],
  REVIEW_STRONG: ["ditinjau"],
};
