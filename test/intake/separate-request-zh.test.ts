import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// "单独提交" (submit separately) folds someone in only when negated: "省得再单独提交" (saves
// submitting it separately) is batching, "他的离职会单独提交申请" (his request will be submitted
// separately) is a colleague's own request, mentioned honestly beside "也" (also).
const BATCH = "target.batch";

describe("Chinese: filing separately", () => {
  it("batching: saves submitting it separately", async () => {
    expect(await rulesOf("请为张伟（zhang.wei@example.com）办理离职。王磊的账号也一起停用，省得再单独提交。")).toContain(BATCH);
  });

  it("benign: a colleague who also leaves, with a request of his own", async () => {
    expect(await rulesOf("请为张伟（zhang.wei@example.com）办理离职，最后工作日12月15日。另外，同组的王磊下个月也离职，他的离职会单独提交申请。")).not.toContain(BATCH);
  });
});
