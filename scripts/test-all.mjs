#!/usr/bin/env node
// The whole test suite in one command (`npm test`), runnable on a fresh clone:
//   1. installs npm packages (npm ci) when node_modules is missing or older than package-lock.json;
//   2. installs Debian's chromium with apt-get when no browser is found;
//   3. with TZ=America/Bogota, runs in order and stops at the first failure:
//      unit + component tests (vitest), the production build, the bundle budget (size-limit),
//      the browser tests (vitest e2e).
// Only Node built-ins here: this runs before `npm install`.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const DEFAULT_CHROMIUM = "/usr/bin/chromium";
const chromiumPath = process.env.DETENTE_CHROMIUM || DEFAULT_CHROMIUM;

/** @param {string} title */
function heading(title) {
  const line = "=".repeat(Math.max(60, title.length + 8));
  console.log(`\n${line}\n=== ${title}\n${line}`);
}

/**
 * Runs a command with inherited stdio; returns its exit code (1 if it could not start or was killed).
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
  console.log(`$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) {
    console.error(`test-all: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  if (result.signal) {
    console.error(`test-all: ${command} was killed by ${result.signal}`);
    return 1;
  }
  return result.status ?? 1;
}

/** @param {string} name */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** @param {string} message */
function fail(message) {
  console.error(`\ntest-all: ${message}`);
  console.log("\ntest-all: FAILED during setup");
  process.exit(1);
}

function ensureNpmPackages() {
  const lockFile = join(root, "package-lock.json");
  const installedLock = join(root, "node_modules", ".package-lock.json");
  let reason = null;
  if (!existsSync(installedLock)) reason = "node_modules is missing";
  else if (existsSync(lockFile) && statSync(installedLock).mtimeMs < statSync(lockFile).mtimeMs) {
    reason = "node_modules is older than package-lock.json";
  }
  if (reason === null) {
    console.log("npm packages: up to date");
    return;
  }
  heading(`Installing npm packages (${reason})`);
  if (run("npm", ["ci", "--no-audit", "--no-fund"]) === 0) return;
  // npm >= 11.16 rejects its own lockfile when a dependency declares an optional dependency that
  // the registry does not have (here vite's napi-windows-process-start-time): "Missing: ... from
  // lock file" (npm/cli#9846). `npm install` accepts the same lockfile and installs the versions
  // it pins, so fall back to it and say so.
  console.log(
    "\ntest-all: npm ci failed; retrying with npm install (npm ci rejects lockfiles that omit an " +
      "unpublished optional dependency, npm/cli#9846).",
  );
  const lockBefore = existsSync(lockFile) ? readFileSync(lockFile, "utf8") : null;
  if (run("npm", ["install", "--no-audit", "--no-fund"]) !== 0) fail("npm install failed.");
  if (lockBefore !== null && readFileSync(lockFile, "utf8") !== lockBefore) {
    console.log(
      "test-all: warning: npm install changed package-lock.json (it was out of sync with " +
        "package.json); review and commit it.",
    );
  }
}

function ensureChromium() {
  if (existsSync(chromiumPath)) {
    console.log(`Chromium: ${chromiumPath}`);
    return;
  }
  const help =
    "The browser tests need Debian's chromium package (a Chromium at /usr/bin/chromium), " +
    "or set DETENTE_CHROMIUM=/path/to/chromium.";
  if (process.env.DETENTE_CHROMIUM) {
    fail(`DETENTE_CHROMIUM=${process.env.DETENTE_CHROMIUM} does not exist. ${help}`);
  }
  if (!onPath("apt-get")) {
    fail(`Chromium not found at ${DEFAULT_CHROMIUM} and apt-get is not available. ${help}`);
  }
  const isRoot = process.getuid?.() === 0;
  let prefix = [];
  if (!isRoot) {
    if (!onPath("sudo")) {
      fail(
        `Chromium not found at ${DEFAULT_CHROMIUM}; installing it needs root (no sudo). ${help}`,
      );
    }
    prefix = ["sudo"];
  }
  heading(`Installing Chromium with apt-get (${DEFAULT_CHROMIUM} is missing)`);
  /** @param {string[]} args */
  const apt = (args) => {
    const command = [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args];
    return run(command[0] ?? "env", command.slice(1));
  };
  if (apt(["update"]) !== 0) fail(`apt-get update failed. ${help}`);
  if (apt(["install", "-y", "chromium"]) !== 0) fail(`apt-get install chromium failed. ${help}`);
  if (!existsSync(DEFAULT_CHROMIUM)) {
    fail(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is still missing. ${help}`);
  }
}

// Each vitest stage also writes a JSON report so the summary can total the tests run.
const reportDir = mkdtempSync(join(tmpdir(), "detente-tests-"));
/** @param {string} name */
const jsonReport = (name) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(reportDir, `${name}.json`)}`,
];

const stages = [
  {
    name: "Unit and component tests",
    command: "npx",
    args: ["--no", "--", "vitest", "run", ...jsonReport("unit")],
    report: "unit",
  },
  { name: "Production build", command: "npm", args: ["run", "build"] },
  // Deterministic, so CI may gate on it: gzipped bytes of each first load (.size-limit.js).
  { name: "Bundle budget (size-limit)", command: "npx", args: ["--no", "--", "size-limit"] },
  {
    name: "Browser tests (Chromium)",
    command: "npx",
    args: ["--no", "--", "vitest", "run", "--config", "vitest.e2e.config.ts", ...jsonReport("e2e")],
    report: "e2e",
  },
];

/** Passed/failed/skipped counts from the stages' JSON reports that exist. */
function countTests() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const stage of stages) {
    if (!stage.report) continue;
    const file = join(reportDir, `${stage.report}.json`);
    if (!existsSync(file)) continue;
    try {
      const report = JSON.parse(readFileSync(file, "utf8"));
      total.passed += report.numPassedTests ?? 0;
      total.failed += report.numFailedTests ?? 0;
      total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    } catch {
      // An unreadable report leaves the totals to the runner's own output above.
    }
  }
  return total;
}

heading("Détente test suite: setup");
ensureNpmPackages();
ensureChromium();

// DETENTE_CHROMIUM, if set, reaches the browser tests through this environment.
const env = { ...process.env, TZ: "America/Bogota" };

/** @type {string[]} */
const summary = [];
let failed = null;
for (const [index, stage] of stages.entries()) {
  heading(`[${index + 1}/${stages.length}] ${stage.name}`);
  const started = Date.now();
  const code = run(stage.command, stage.args, env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${stage.name}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds}s`);
  if (code !== 0) {
    failed = { stage, code };
    break;
  }
}

heading("Summary");
for (const line of summary) console.log(`  ${line}`);
for (const stage of stages.slice(summary.length)) console.log(`  ${stage.name}: not run`);
const counts = countTests();
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (failed) {
  console.log(`\ntest-all: FAILED at "${failed.stage.name}" (exit code ${failed.code})`);
  process.exit(failed.code || 1);
}
console.log(`\ntest-all: all ${stages.length} stages passed`);
