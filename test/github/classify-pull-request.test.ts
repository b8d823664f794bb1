import { describe, expect, it } from "vitest";
import { classifyPullRequest } from "../../app/github/classify-pull-request.js";
import { confirmedTargetIn, latestReviews } from "../../app/github/latest-reviews.js";

const added = (filename: string) => ({ filename, status: "added" });

describe("classifyPullRequest", () => {
  it("one request file is a request", () => {
    expect(classifyPullRequest([added("requests/issue-12.yaml")])).toEqual({ kind: "request", file: "requests/issue-12.yaml" });
  });

  it("policies, config, trust roots, the issue form and the request schema are policy changes", () => {
    for (const f of ["policies/offboard/offboard.rego", ".github/offboard.yml", "ledger/keys/doer-0123456789abcdef.pem", ".github/ISSUE_TEMPLATE/offboarding.yml", "requests/request.schema.json", ".github/CODEOWNERS"]) {
      expect(classifyPullRequest([added(f)]).kind, f).toBe("policy");
    }
  });

  it("refuses policies and requests together, two requests, and deleted or renamed requests", () => {
    expect(classifyPullRequest([added("policies/x.rego"), added("requests/a-1.yaml")])).toMatchObject({ kind: "refused", reason: expect.stringContaining("together") });
    expect(classifyPullRequest([added(".github/offboard.yml"), added("requests/a-1.yaml")]).kind).toBe("refused");
    expect(classifyPullRequest([added("requests/a-1.yaml"), added("requests/b-2.yaml")])).toMatchObject({ kind: "refused", reason: expect.stringContaining("one request per pull request") });
    expect(classifyPullRequest([{ filename: "requests/a-1.yaml", status: "removed" }])).toMatchObject({ kind: "refused" });
    expect(classifyPullRequest([{ filename: "requests/b-1.yaml", status: "renamed", previous_filename: "requests/a-1.yaml" }])).toMatchObject({ kind: "refused" });
    // A rename that moves a policy file into requests/ is still both.
    expect(classifyPullRequest([{ filename: "requests/x-1.yaml", status: "renamed", previous_filename: "policies/x.rego" }]).kind).toBe("refused");
    expect(classifyPullRequest([added("requests/Bad_Name.yaml")]).kind).toBe("refused");
  });

  it("anything else is unrelated", () => {
    expect(classifyPullRequest([added("README.md"), added("docs/x.md")]).kind).toBe("unrelated");
  });
});

describe("latestReviews", () => {
  const r = (id: number, login: string, state: string, commitId = "a") => ({ id, login, userType: "User", state, commitId, body: "" });

  it("keeps each reviewer's latest standing review; comments do not change it; dismissals remove it", () => {
    const out = latestReviews([r(1, "alice", "APPROVED"), r(2, "alice", "COMMENTED"), r(3, "ben", "APPROVED"), r(4, "ben", "DISMISSED"), r(5, "carol", "APPROVED"), r(6, "carol", "CHANGES_REQUESTED")]);
    expect(out.map((x) => [x.login, x.state])).toEqual([["alice", "APPROVED"], ["carol", "CHANGES_REQUESTED"]]);
  });

  it("reads confirm-target from a review body", () => {
    expect(confirmedTargetIn("ok\nconfirm-target: Noah.Schmidt@example.com\n")).toBe("noah.schmidt@example.com");
    expect(confirmedTargetIn("/confirm-target noah@example.com")).toBe("noah@example.com");
    expect(confirmedTargetIn("I cannot confirm-target: anyone")).toBeNull();
  });
});
