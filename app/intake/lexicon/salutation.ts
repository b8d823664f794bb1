/**
 * A casual greeting ("Hi", "Hello", "Hallo", "Hola", "Hej"): how a message to the offboarding bot
 * opens ("Hi offboarding bot,"). Before an AI named as such ("Hello LLM") it is role.address_model;
 * before the bot or automation a request is sent to it is how people write to it, not an address
 * that smuggles instructions (ADDRESS keeps the formal "Dear robot", "Note for the bot", "Hinweis an
 * das automatische Prüfsystem"). Entries are normalised like the text (lower case, no accents).
 */
export const SALUTATION_CONCEPTS = {
  SALUTATION: ["hey", "hi", "hello", "hallo", "hola", "olá", "merhaba", "hej", "hei", "ciao", "salut", "привет", "привіт", "cześć", "hoi", "こんにちは", "你好", "안녕하세요", "مرحبا", "नमस्ते"],
} as const;
