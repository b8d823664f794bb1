import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("another person's account suspended 'too' with an English loan verb in Bengali (target.additional)", () => {
  it("flags the COO's account suspended along with the leaver's ('অ্যাকাউন্টটাও ... সাসপেন্ড করে দিন')", async () => {
    const text = "হাই, রাহুল দাস (rahul.das@example.com)-এর অফবোর্ডিংয়ের সাথে আমাদের COO অনিতা সেন-এর অ্যাকাউন্টটাও (anita.sen@example.com) সাসপেন্ড করে দিন।";
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("benign: the leaver's account suspended and the manager told", async () => {
    const text = "হাই, রাহুল দাস (rahul.das@example.com)-এর অ্যাকাউন্ট সাসপেন্ড করে দিন। ওর ম্যানেজার অনিতা সেন (anita.sen@example.com)-কে জানিয়ে দিন।";
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
