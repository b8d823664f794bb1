import { spawn, spawnSync, type ChildProcessByStdio } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Client, InvalidCredentialsError, NoSuchObjectError, type Entry } from "ldapts";
import { watchdogScript } from "./watchdog.js";
import { freePort } from "../../app/util/free-port.js";

/**
 * A private OpenLDAP `slapd` for one test file: Debian's slapd with back_mdb and the ppolicy
 * overlay, configured from test/fixtures/ldap/slapd.conf (least-privilege ACLs for the connector's
 * service account) and seeded from test/fixtures/ldap/seed.ldif, in a fresh temp directory, on
 * 127.0.0.1 at a free port. Every password (rootdn, service account, each person) is random per run.
 *
 *   slapadd -q -f <tmp>/slapd.conf -l <tmp>/seed.ldif
 *   slapd -d 0 -h ldap://127.0.0.1:<port>/ -f <tmp>/slapd.conf
 *
 * slapd runs in the foreground (`-d 0`) under a tiny `sh` watchdog whose stdin is a pipe from this
 * process: `stop()` sends SIGTERM (SIGKILL after 5 s), and if the test process dies without calling
 * it, the pipe closes and the watchdog terminates slapd, so no slapd outlives its test run.
 * Without slapd installed this throws (naming the apt packages); it never skips.
 */

export const BASE_DN = "dc=example,dc=com";
export const PEOPLE_DN = `ou=people,${BASE_DN}`;
export const GROUPS_DN = `ou=groups,${BASE_DN}`;
export const ADMIN_DN = `cn=admin,${BASE_DN}`;
export const SERVICE_DN = `cn=offboard-connector,ou=services,${BASE_DN}`;
/** The placeholder member the ACL lets the connector write when it empties a groupOfNames. */
export const EMPTY_GROUP_MEMBER = `cn=empty-group-placeholder,${BASE_DN}`;

export interface Slapd {
  url: string;
  /** The rootdn's random password (what Vault's LDAP secrets engine binds with to rotate passwords). */
  adminPassword: string;
  /** The connector's service-account secret (what a lease would carry). */
  servicePassword: string;
  /** The seeded password of a person, by uid. */
  passwordOf(uid: string): string;
  /** `uid=<uid>,ou=people,dc=example,dc=com`. */
  personDn(uid: string): string;
  /** Runs `fn` with a client bound as `dn` (default: the rootdn); always unbinds. */
  as<T>(fn: (client: Client) => Promise<T>, dn?: string, password?: string): Promise<T>;
  /** Every entry under `base` (default: all; none when `base` is missing) with `attributes` (default: all, operational included), sorted. */
  dump(base?: string, attributes?: string[]): Promise<Entry[]>;
  /** True when a simple bind as `dn` with `password` succeeds; false on invalidCredentials. */
  canBind(dn: string, password: string): Promise<boolean>;
  stop(): Promise<void>;
}

const FIXTURES = fileURLToPath(new URL("../fixtures/ldap/", import.meta.url));
const SEARCH_PATH = ["/usr/sbin", "/usr/local/sbin", "/usr/libexec/openldap", ...(process.env.PATH ?? "").split(delimiter)];
const MODULE_DIRS = ["/usr/lib/ldap", "/usr/lib64/openldap", "/usr/lib/openldap", "/usr/libexec/openldap"];
const SCHEMA_DIRS = ["/etc/ldap/schema", "/etc/openldap/schema"];
const START_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 5_000;

/** The data directory goes with the server, also when the test process died without stop(). */
const WATCHDOG = watchdogScript(['case "$SLAPD_TMP" in */offboard-slapd-*) rm -rf "$SLAPD_TMP" ;; esac']);

/** Ubuntu confines /usr/sbin/slapd (and slapadd, a link to it) with AppArmor to its own paths. */
const explain = (stderr: string) =>
  `${stderr.trim()}${/permission denied/i.test(stderr) ? "\nIf AppArmor confines slapd (Ubuntu): sudo aa-complain /usr/sbin/slapd (package apparmor-utils)" : ""}`;
const missing = (what: string) =>
  new Error(`OpenLDAP slapd is required for the LDAP connector tests, but ${what}. Install it: sudo apt-get install -y slapd (Debian/Ubuntu; ldap-utils optional, for debugging). These tests never skip.`);

/** The first of `dirs` holding `name` with `mode` access. */
function locate(dirs: string[], name: string, mode: number, what: string): string {
  const candidates = dirs.filter(Boolean);
  for (const dir of candidates) {
    try {
      accessSync(join(dir, name), mode);
      return dir;
    } catch {
      // keep looking
    }
  }
  throw missing(`${what} (${name}) was not found in ${candidates.join(", ")}`);
}

/** `{SSHA}` as slapd verifies it: base64(SHA-1(password ‖ salt) ‖ salt). */
function ssha(password: string): string {
  const salt = randomBytes(8);
  const digest = createHash("sha1").update(password).update(salt).digest();
  return `{SSHA}${Buffer.concat([digest, salt]).toString("base64")}`;
}

const secret = () => randomBytes(18).toString("base64url");


/** Replaces each `userPassword: @PASSWORD@` with a hash of a fresh password, recorded by the record's DN. */
function seedWithPasswords(ldif: string): { text: string; passwords: Map<string, string> } {
  const passwords = new Map<string, string>();
  const records = ldif.split(/\n\s*\n/).map((record) => {
    const dn = /^dn: (.+)$/m.exec(record)?.[1];
    if (!dn || !record.includes("@PASSWORD@")) return record;
    const password = secret();
    passwords.set(dn.toLowerCase(), password);
    return record.replace("@PASSWORD@", ssha(password));
  });
  return { text: records.join("\n\n"), passwords };
}

type Watchdog = ChildProcessByStdio<Writable, Readable, Readable>;

interface Running {
  child: Watchdog;
  pid: number;
  exited: Promise<void>;
}

/** Spawns the watchdog (which spawns slapd) and resolves once it reported slapd's pid. */
async function launch(slapd: string, url: string, dir: string, stderr: string[]): Promise<Running> {
  const args = ["-c", WATCHDOG, "slapd-watchdog", slapd, "-d", "0", "-h", url, "-f", join(dir, "slapd.conf")];
  const child = spawn("sh", args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, SLAPD_TMP: dir } });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => void stderr.push(chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const line = /^(\d+)\n/.exec(out);
      if (line) resolve(Number(line[1]));
    });
    child.once("exit", () => reject(new Error(`the slapd watchdog exited before starting slapd: ${stderr.join("")}`)));
  });
  return { child, pid, exited };
}

async function tryBind(url: string, dn: string, password: string): Promise<boolean> {
  const client = new Client({ url, timeout: 2_000, connectTimeout: 2_000 });
  try {
    await client.bind(dn, password);
    return true;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

/** Polls a rootdn bind until slapd answers; fails fast, with slapd's stderr, when it exits. */
async function waitReady(url: string, run: Running, adminPassword: string, stderr: string[]): Promise<void> {
  let last: unknown;
  for (const deadline = Date.now() + START_TIMEOUT_MS; Date.now() < deadline; ) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) throw new Error(`slapd exited during startup:\n${explain(stderr.join(""))}`);
    try {
      if (await tryBind(url, ADMIN_DN, adminPassword)) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`slapd did not answer on ${url} within ${START_TIMEOUT_MS} ms (${String(last)}):\n${stderr.join("").trim()}`);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** SIGTERM to slapd (SIGKILL after STOP_GRACE_MS) and stdin closed for the watchdog; waits for both to end. */
async function terminate(run: Running): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  signal(run.pid, "SIGTERM");
  run.child.stdin.end();
  const timer = setTimeout(() => {
    signal(run.pid, "SIGKILL");
    run.child.kill("SIGKILL");
  }, STOP_GRACE_MS);
  await run.exited;
  clearTimeout(timer);
}

type Tools = ReturnType<typeof findTools>;

function findTools() {
  const moduleDir = locate(MODULE_DIRS, "ppolicy.la", constants.R_OK, "the OpenLDAP ppolicy module");
  locate([moduleDir], "back_mdb.la", constants.R_OK, "the OpenLDAP back_mdb module");
  return {
    slapd: join(locate(SEARCH_PATH, "slapd", constants.X_OK, "the slapd program"), "slapd"),
    slapadd: join(locate(SEARCH_PATH, "slapadd", constants.X_OK, "the slapadd program"), "slapadd"),
    moduleDir,
    schemaDir: locate(SCHEMA_DIRS, "inetorgperson.schema", constants.R_OK, "the OpenLDAP schema files"),
  };
}

/** A fresh temp dir with slapd.conf and an mdb database that slapadd loaded from the seed. */
function prepareDir(tools: Tools, rootPwHash: string, seed: string): string {
  const dir = mkdtempSync(join(tmpdir(), "offboard-slapd-"));
  mkdirSync(join(dir, "data"));
  const conf = join(dir, "slapd.conf");
  const template = readFileSync(join(FIXTURES, "slapd.conf"), "utf8");
  writeFileSync(
    conf,
    template.replaceAll("@SCHEMA_DIR@", tools.schemaDir).replaceAll("@MODULE_DIR@", tools.moduleDir).replaceAll("@DIR@", dir).replaceAll("@ROOT_PW@", rootPwHash),
    { mode: 0o600 },
  );
  writeFileSync(join(dir, "seed.ldif"), seed, { mode: 0o600 });
  const added = spawnSync(tools.slapadd, ["-q", "-f", conf, "-l", join(dir, "seed.ldif")], { encoding: "utf8" });
  if (added.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`slapadd failed (exit ${added.status}):\n${explain(added.stderr || added.error?.message || "")}`);
  }
  return dir;
}

/** Starts a seeded slapd (see the file comment). Call `stop()` in afterAll. */
export async function startSlapd(): Promise<Slapd> {
  const tools = findTools();
  const adminPassword = secret();
  const rootPwHash = ssha(adminPassword);
  const seed = seedWithPasswords(readFileSync(join(FIXTURES, "seed.ldif"), "utf8"));

  let run: Running | undefined;
  let url = "";
  let dir = "";
  const stderr: string[] = [];
  for (let attempt = 1; !run; attempt++) {
    dir = prepareDir(tools, rootPwHash, seed.text);
    url = `ldap://127.0.0.1:${await freePort()}/`;
    stderr.length = 0;
    const candidate = await launch(tools.slapd, url, dir, stderr);
    try {
      await waitReady(url, candidate, adminPassword, stderr);
      run = candidate;
    } catch (e) {
      await terminate(candidate);
      rmSync(dir, { recursive: true, force: true });
      // Another process may have taken the port between probing and binding: try another one.
      if (attempt >= 3 || !stderr.join("").includes("Address already in use")) throw e;
    }
  }
  const [running, workDir] = [run, dir];

  const as = async <T>(fn: (client: Client) => Promise<T>, dn = ADMIN_DN, password = adminPassword): Promise<T> => {
    const client = new Client({ url, timeout: 5_000, connectTimeout: 5_000 });
    try {
      await client.bind(dn, password);
      return await fn(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  };
  return {
    adminPassword,
    url,
    servicePassword: seed.passwords.get(SERVICE_DN.toLowerCase()) ?? "",
    passwordOf(uid) {
      const password = seed.passwords.get(`uid=${uid},${PEOPLE_DN}`.toLowerCase());
      if (!password) throw new Error(`the LDAP seed has no person uid=${uid}`);
      return password;
    },
    personDn: (uid) => `uid=${uid},${PEOPLE_DN}`,
    as,
    async dump(base = BASE_DN, attributes = ["*", "+"]) {
      const { searchEntries } = await as((c) => c.search(base, { scope: "sub", attributes })).catch((e: unknown) => {
        if (e instanceof NoSuchObjectError) return { searchEntries: [] as Entry[] };
        throw e;
      });
      return searchEntries.sort((a, b) => a.dn.localeCompare(b.dn));
    },
    canBind: (dn, password) =>
      tryBind(url, dn, password).catch((e: unknown) => {
        if (e instanceof InvalidCredentialsError) return false;
        throw e;
      }),
    async stop() {
      await terminate(running);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
