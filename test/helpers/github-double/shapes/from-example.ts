import type { World } from "../world.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Deep-clones `value` and points every github.com URL in it at the double: the examples' repository
 * (octocat/Hello-World, Codertocat/Hello-World) becomes {owner}/{repo}, api.github.com and
 * github.com become the double's root. Stateful fields are overwritten by the callers.
 */
export function localize<T>(world: World, value: T): T {
  const root = world.urls.api;
  const rewrite = (text: string): string =>
    text
      .replace(/https:\/\/api\.github\.com\/repos\/(?:octocat|Codertocat)\/Hello-World/g, `${root}/repos/${world.owner}/${world.repo}`)
      .replace(/https:\/\/github\.com\/(?:octocat|Codertocat)\/Hello-World/g, `${root}/${world.owner}/${world.repo}`)
      .replace(/(?:octocat|Codertocat)\/Hello-World/g, `${world.owner}/${world.repo}`)
      .replace(/https:\/\/(?:api|uploads)\.github\.com/g, root)
      .replace(/https:\/\/github\.com/g, root);
  const walk = (node: Json): Json => {
    if (typeof node === "string") return rewrite(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(structuredClone(value) as Json) as T;
}

/** A localized deep clone of `components.examples[name].value` (element `index` when it is an array). */
export function fromExample(world: World, name: string, index?: number): Record<string, unknown> {
  const example = world.spec.examples[name]?.value;
  const value = index === undefined ? example : Array.isArray(example) ? example[index] : undefined;
  if (!value || typeof value !== "object") throw new Error(`the GitHub OpenAPI description has no example "${name}"${index === undefined ? "" : `[${index}]`}`);
  return localize(world, value as Record<string, unknown>);
}

/** GitHub-style opaque node id. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`).toString("base64").replace(/=+$/, "");
}
