import { commitToBranch } from "../ops/commit-to-branch.js";
import { syncPullHeads } from "../ops/sync-pull-heads.js";
import { gitCommitShape } from "../shapes/commit.js";
import { contentEntryShape, githubBase64 } from "../shapes/content.js";
import { deliverInBackground } from "../webhook-sender.js";
import { gitIdentityFor } from "../world.js";
import { actorOf, failure, notFound, ok, param, validationFailed, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

const wantsRaw = (accept: string): boolean => /application\/vnd\.github(?:\.v3)?\.raw/.test(accept);

function getContent(call: RestCall): RestReply {
  const { world } = call;
  const ref = typeof call.query.ref === "string" && call.query.ref !== "" ? call.query.ref : "main";
  const commit = world.store.resolveCommit(ref);
  if (!commit) return failure(404, `No commit found for the ref ${ref}`);
  const path = param(call, "path");
  const entry = world.store.entry(commit, path);
  if (!entry) return notFound();
  if (entry.type === "tree") return ok(world.store.listTree(commit, path).map((child) => contentEntryShape(world, child, ref)));
  const content = world.store.readBlob(entry.sha);
  if (wantsRaw(call.accept)) return { status: 200, raw: content, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
  return ok({ ...contentEntryShape(world, entry, ref), encoding: "base64", content: githubBase64(content) });
}

interface PutBody {
  message: string;
  content: string;
  sha?: string;
  branch?: string;
  author?: { name: string; email: string };
  committer?: { name: string; email: string };
}

function putContent(call: RestCall): RestReply {
  const { world } = call;
  const body = call.body as PutBody;
  const path = param(call, "path");
  const branch = body.branch ?? "main";
  const tip = world.store.branchSha(branch);
  if (!tip) return failure(404, `Branch ${branch} not found`);
  const existing = world.store.entry(tip, path);
  if (existing?.type === "tree") return validationFailed("Content", "path", "invalid", `${path} is a directory`);
  if (existing && body.sha === undefined) return failure(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if (existing && body.sha !== existing.sha) return failure(409, `${path} does not match ${body.sha ?? ""}`);
  if (!existing && body.sha !== undefined) return failure(409, `${path} does not match ${body.sha}`);
  const bot = gitIdentityFor(world, actorOf(call));
  const date = bot.date;
  const author = body.author ? { ...body.author, date } : body.committer ? { ...body.committer, date } : bot;
  const committer = body.committer ? { ...body.committer, date } : author;
  let sha: string;
  try {
    sha = commitToBranch(world, { branch, files: { [path]: Buffer.from(body.content, "base64") }, message: body.message, author, committer }).sha;
  } catch (error) {
    return failure(409, `${branch} moved while committing; try again (${(error as Error).message})`);
  }
  deliverInBackground(world, syncPullHeads(world, actorOf(call)));
  const entry = world.store.entry(sha, path);
  if (!entry) throw new Error(`committed ${path} is missing from ${sha}`);
  return ok({ content: contentEntryShape(world, entry, branch), commit: gitCommitShape(world, sha) }, existing ? 200 : 201);
}

/** File contents, read from and committed to the bare repository. */
export const contentRoutes: RouteTable = {
  "repos/get-content": getContent,
  "repos/create-or-update-file-contents": putContent,
};
