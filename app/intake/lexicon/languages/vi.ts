import type { LanguagePack } from "./index.js";

/** Vietnamese (vi): words the topic files lacked for their concepts (see index.ts; found on the training author t17). */
export const VI_PACK: LanguagePack = {
  // "Danh sách tài khoản cần khoá:" (the accounts to lock), the heading of a removal list.
  ACTION: ["cần khóa", "cần khoá", "khóa lại", "khoá lại"],
  RIGHT_ADDRESS: ["địa chỉ đúng", "email đúng", "địa chỉ chính xác", "email chính xác"],
  WRONG_PERSON: ["sai địa chỉ", "địa chỉ sai", "nhầm địa chỉ", "nhầm email", "email sai"],
};
