/**
 * Environment for one git command authenticated as the app's installation: the token travels in
 * an `Authorization` header set through GIT_CONFIG_* (git ≥ 2.31), so it is never written to
 * .git/config, a remote URL, argv or a log line.
 */
export function gitAuthEnv(token: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return {
    ...base,
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: "http.extraHeader",
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
  };
}
