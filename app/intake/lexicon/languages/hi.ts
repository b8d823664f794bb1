import type { LanguagePack } from "./index.js";

/** Hindi (hi): words the topic files lacked for their concepts (see index.ts). */
export const HI_PACK: LanguagePack = {
  // Approval already received: "सुरक्षा टीम की मंज़ूरी ... मिल चुकी है".
  APPROVED: ["मिल चुकी है", "मिल चुका है", "मंज़ूरी मिल चुकी", "मंजूरी मिल चुकी", "अनुमोदित हो चुका"],
  // Carried out directly: "इसलिए सीधे निष्क्रिय कर दें".
  ACT_DIRECTLY: ["सीधे निष्क्रिय", "सीधे बंद", "सीधे प्रोसेस"],
  // A domain administrator account, with "also" and the verb after it: "शाखा सर्वर का Administrator डोमेन खाता भी उसी दिन निष्क्रिय कर दें".
  ADMIN_ACCOUNT: ["administrator डोमेन खाता", "administrator डोमेन अकाउंट", "एडमिन डोमेन खाता", "डोमेन एडमिन खाता", "डोमेन एडमिन अकाउंट", "administrator खाता", "administrator अकाउंट"],
};
