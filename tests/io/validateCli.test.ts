import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = process.cwd();
const tsx = resolve(root, "node_modules/.bin/tsx");

function validate(...files: string[]) {
  const run = spawnSync(tsx, ["scripts/validate.ts", ...files], { cwd: root, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run validate", () => {
  const dir = mkdtempSync(join(tmpdir(), "detente-validate-"));

  it("prints one summary line for a valid file and exits 0", () => {
    const { code, stdout } = validate("data/us-colombia.json");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^data\/us-colombia\.json: ok — ".*": 29 events/);
  });

  it("prints every problem of a broken copy as FILE: path: message and exits 1", () => {
    const dataset = JSON.parse(readFileSync(resolve(root, "data/us-colombia.json"), "utf8"));
    dataset.events[0].date = "2025-02-30";
    dataset.events[1].topics.push("nope");
    dataset.events[2].score = 14;
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify(dataset, null, 2));
    const { code, stderr } = validate(broken);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `${broken}: events[0].date: day 30 does not exist in 2025-02 (it has 28 days)`,
      expect.stringMatching(
        new RegExp(`^${broken}: events\\[1\\]\\.topics\\[\\d\\]: unknown topic "nope"`),
      ),
      `${broken}: events[2].score: score must be at most 10 (Goldstein scale)`,
    ]);
  });

  it("locates malformed JSON by line and column", () => {
    const malformed = join(dir, "malformed.json");
    writeFileSync(malformed, '{\n  "id": "x",\n  "title": ,\n}');
    const { code, stderr } = validate(malformed);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${malformed}: line 3, column \\d+: malformed JSON`));
  });
});
