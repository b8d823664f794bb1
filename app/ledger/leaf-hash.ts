import { hash } from "node:crypto";

/** SHA-256(0x00 ‖ UTF-8 bytes of `text`) as lowercase hex: the RFC 6962 leaf hash of `text`. */
export function leafHashOfText(text: string): string {
  // "\u0000" encodes as the single byte 0x00 in UTF-8: the RFC 6962 leaf prefix.
  return hash("sha256", `\u0000${text}`, "hex");
}
