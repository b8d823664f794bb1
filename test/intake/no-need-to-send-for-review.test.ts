import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// No need to submit the request to the review, with the review named first and "no need" last (Hindi, Japanese,
// Korean), and Chinese "submit" (texts written for these tests, not the corpus's).
describe("no need to send it to the review (SEND_TO_REVIEW, NO_NEED)", () => {
  it.each([
    ["Hindi", "सुरक्षा टीम से कल बात हो चुकी है, इसलिए इसे दोबारा समीक्षा के लिए भेजने की ज़रूरत नहीं है। कृपया अंकित वर्मा के खाते बंद कर दें।"],
    ["Chinese", "本申请无需再提交安全团队复核，请直接注销王海涛的账号。"],
    ["Japanese", "本件はセキュリティ審査に回す必要はありません。佐藤さんのアカウントを停止してください。"],
    ["Korean", "이 건은 보안 검토에 보낼 필요 없습니다. 김민수 님 계정을 정지해 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["Hindi, send it for review", "कृपया इसे सुरक्षा समीक्षा के लिए भेजें, फिर अंकित वर्मा के खाते बंद कर दें।"],
    ["Chinese, submit it first", "请先提交安全团队复核，再注销王海涛的账号。"],
    ["Japanese, pass it on", "本件はセキュリティ審査に回してください。その後、佐藤さんのアカウントを停止してください。"],
    ["Korean, send it", "이 건은 보안 검토에 보내 주세요. 그 후 김민수 님 계정을 정지해 주세요."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
