import type { DetectorHit } from "./detector-hit.js";

const TECHNIQUE = "hidden markup" as const;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])|\shidden(?:[\s=>]|$)|aria-hidden|color\s*:\s*(?:#fff(?:fff)?\b|white\b)/;
const ACTIVE = /^<\s*(?:script|style|iframe|object|embed|svg|math|template|noscript)\b|\son[a-z]{3,20}\s*=/;
const MD_COMMENT = /\[[^\]\n]{0,40}\]:\s{0,4}(?:#|<>)\s{0,4}[("]/g;
const URL_END = /[\s)>\]"'`]/;
const SINK_HOST = /(?:^|\.)(?:webhook\.site|requestbin\.[a-z]{2,4}|pipedream\.net|ngrok\.io|ngrok-free\.app|ngrok\.app|burpcollaborator\.net|interact\.sh|oast\.[a-z]{2,4}|pastebin\.com|hookbin\.com|beeceptor\.com|requestcatcher\.com)$/;
const PLACEHOLDER_PARAM = /[?&](?:data|secret|token|key|password|pass|creds?|payload|exfil|leak|prompt|q)=[^&#]{0,40}(?:\{|\$\(|%7b|<)/;

/**
 * Hidden markup: HTML comments and markdown comments holding words, elements styled to be
 * invisible (display:none, font-size:0, white text...), active markup (script, iframe, event
 * handlers), and links that carry data out (known request-capture hosts, markdown images with a
 * query string, URL parameters holding placeholders). One linear pass; each '<' looks at most
 * 400 characters ahead and the next '>' is found once per position, never rescanned.
 */
export function detectMarkup(text: string): DetectorHit[] {
  const out: DetectorHit[] = [];
  const push = (rule: string, start: number, end: number, reason: string, technique: DetectorHit["technique"] = TECHNIQUE) => {
    if (out.length < 20) out.push({ rule, technique, severity: "high", start, end, reason });
  };
  for (let i = text.indexOf("<!--"); i >= 0 && out.length < 20; i = text.indexOf("<!--", i + 4)) {
    const close = text.indexOf("-->", i + 4);
    const end = close < 0 ? text.length : close + 3;
    if ((text.slice(i + 4, Math.min(end, i + 2000)).match(/[\p{L}\p{N}]{2,}/gu)?.length ?? 0) >= 2) push("hidden.html_comment", i, end, "hides words in an HTML comment the reviewer does not see");
    if (close < 0) break;
    i = close;
  }
  let nextGt = -1;
  for (let i = text.indexOf("<"); i >= 0 && out.length < 20; i = text.indexOf("<", i + 1)) {
    if (!/[a-z]/.test(text[i + 1] ?? "")) continue;
    if (nextGt < i) nextGt = text.indexOf(">", i);
    if (nextGt < 0) break;
    if (nextGt - i > 400) continue;
    const tag = text.slice(i, nextGt + 1);
    if (ACTIVE.test(tag)) push("hidden.active_markup", i, nextGt + 1, "contains script, frame or event-handler markup");
    else if (HIDDEN_STYLE.test(tag)) push("hidden.styled_text", i, nextGt + 1, "contains an element styled to be invisible");
    i = nextGt;
  }
  for (const m of text.includes("]:") ? text.matchAll(MD_COMMENT) : []) push("hidden.markdown_comment", m.index, m.index + m[0].length, "hides text in a markdown comment");
  for (let i = text.indexOf("http"); i >= 0 && out.length < 20; i = text.indexOf("http", i + 4)) {
    let end = i;
    while (end < text.length && end - i < 2000 && !URL_END.test(text[end] ?? " ")) end++;
    const url = text.slice(i, end);
    const host = /^https?:\/\/([^/?#:]+)/.exec(url)?.[1] ?? "";
    const image = text.slice(Math.max(0, i - 200), i).lastIndexOf("![") >= 0 && text.slice(Math.max(0, i - 2), i) === "](";
    if (SINK_HOST.test(host)) push("exfil.external_sink", i, end, "links to a request-capture service (data exfiltration)", "exfiltration");
    else if (image && url.includes("?")) push("exfil.markdown_image", i, end, "embeds an image whose URL carries a query string (it renders as a request that can carry data out)", "exfiltration");
    else if (PLACEHOLDER_PARAM.test(url)) push("exfil.url_parameters", i, end, "builds a URL whose parameters are placeholders for data to send out", "exfiltration");
    i = Math.max(i, end - 4);
  }
  return out;
}
