// @vitest-environment node
/**
 * `npm run aggregate` end to end on the real GDELT 2.0 sample (tests/fixtures/gdelt): DuckDB
 * reads the file plain and zipped, and its daily series must equal what the app's own GDELT
 * importer computes from the same file, day by day.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { readOptions, runAggregate, writeOutputs } from "../../../scripts/aggregate/main.ts";
import type { AggregateOptions } from "../../../scripts/aggregate/main.ts";
import { parseGdelt } from "../../../src/io/gdelt/parse.ts";
import { dailyImpulsesFromCsv, parseDailyCsv } from "../../../src/io/baseline/dailyCsv.ts";
import { validateDataset } from "../../../src/model/validate.ts";
import { importDetenteArrow } from "../../../src/io/arrow/import.ts";
import { fixture, fixtureBytes, goldstein } from "../../io/fixtures.ts";

const SAMPLE = "tests/fixtures/gdelt/gdelt2-events-sample.tsv";

/** DuckDB ships as an optional dependency: a platform without its binary skips, saying so. */
const duckdb = await import("@duckdb/node-api").then(
  () => true,
  () => false,
);

/** A one-entry .zip (deflate), as GDELT publishes each export. */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data);
  const crc = crc32(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

function options(argv: string[]): AggregateOptions {
  const parsed = readOptions(argv);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe.skipIf(!duckdb)(
  "npm run aggregate with DuckDB (skipped: @duckdb/node-api is not installed)",
  () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "detente-aggregate-test-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("gives the app's own daily series for the same file and pair (both directions)", async () => {
      // ZWE and GBR: rows both ways, and duplicates that must collapse.
      const run = await runAggregate(
        options(["--input", SAMPLE, "--pair", "ZWE,GBR", "--out", dir]),
      );
      const imported = parseGdelt(fixture("gdelt/gdelt2-events-sample.tsv"), {
        goldstein,
        parties: [
          { code: "ZWE", name: "Zimbabwe" },
          { code: "GBR", name: "United Kingdom" },
        ],
      });
      if (!imported.ok) throw new Error("the fixture imports in the app");
      const csv = parseDailyCsv(
        `day,initiator,target,root,n,w,wg,wg2\n${run.result.daily
          .map((r) => [r.day, r.initiator, r.target, r.root, r.n, r.w, r.wg, r.wg2].join(","))
          .join("\n")}`,
      );
      if ("error" in csv) throw new Error(csv.error);
      const fromAggregate = dailyImpulsesFromCsv(csv.rows, ["ZWE", "GBR"]);
      expect(fromAggregate.length).toBeGreaterThan(0);
      expect(fromAggregate.map((d) => d.day)).toEqual(imported.dailyImpulses.map((d) => d.day));
      fromAggregate.forEach((day, i) => {
        expect(day.weight).toBe(imported.dailyImpulses[i]?.weight);
        expect(day.meanGoldstein).toBeCloseTo(imported.dailyImpulses[i]?.meanGoldstein ?? NaN, 9);
      });
    });

    it("leaves out re-reported news as the app does, and says how many rows", async () => {
      // Every AUS–NZL row is dated a year before it was added.
      const run = await runAggregate(
        options(["--input", SAMPLE, "--pair", "AUS,NZL", "--out", dir]),
      );
      expect(run.result.fates).toEqual({ far: 4 });
      expect(run.result.daily).toEqual([]);
      const kept = await runAggregate(
        options(["--input", SAMPLE, "--pair", "AUS,NZL", "--far-days", "400", "--out", dir]),
      );
      expect(kept.result.fates).toEqual({ kept: 4 });
      const far = await writeOutputs(
        run,
        options(["--input", SAMPLE, "--pair", "AUS,NZL", "--out", dir]),
      );
      expect(far.ok).toBe(false);
      expect(far.lines).toContain("dataset.json not written: no events between AUS and NZL");
    });

    it("reads a zipped export like the plain one and writes daily.csv and a valid dataset.json", async () => {
      const zip = join(dir, "20200318104500.export.CSV.zip");
      await writeFile(
        zip,
        zipOf("20200318104500.export.CSV", fixtureBytes("gdelt/gdelt2-events-sample.tsv")),
      );
      const plain = await runAggregate(
        options(["--input", SAMPLE, "--pair", "GBR,CAN", "--out", dir]),
      );
      const zipped = options(["--input", join(dir, "*.zip"), "--pair", "GBR,CAN", "--out", dir]);
      const run = await runAggregate(zipped);
      expect(run.files).toBe(1);
      expect(run.result.daily).toEqual(plain.result.daily);
      const written = await writeOutputs(run, zipped);
      expect(written.ok).toBe(true);
      // Three rows, one event: the same day, actors, code and URL collapse.
      expect(await readFile(join(dir, "daily.csv"), "utf8")).toBe(
        "day,initiator,target,root,n,w,wg,wg2\n2020-03-11,GBR,CAN,05,1,1,3.4,11.56\n",
      );
      const dataset: unknown = JSON.parse(await readFile(join(dir, "dataset.json"), "utf8"));
      const checked = validateDataset(dataset, goldstein);
      if (!checked.ok) throw new Error(JSON.stringify(checked));
      expect(checked.value.parties.map((p) => p.code)).toEqual(["GBR", "CAN"]);
      expect(checked.value.events).toHaveLength(1);
      expect(checked.value.sources.map((s) => s.url)).toContain(
        "https://www.mirror.co.uk/news/uk-news/meghan-harry-wrap-up-sussex-21711775",
      );
    });

    it("writes the same dataset as Détente Arrow with --format arrow", async () => {
      const json = options(["--input", SAMPLE, "--pair", "GBR,CAN", "--out", dir]);
      await writeOutputs(await runAggregate(json), json);
      const fromJson: unknown = JSON.parse(await readFile(join(dir, "dataset.json"), "utf8"));
      const arrow = options([
        ...["--input", SAMPLE, "--pair", "GBR,CAN", "--out", dir],
        "--format",
        "arrow",
      ]);
      const written = await writeOutputs(await runAggregate(arrow), arrow);
      expect(written.ok).toBe(true);
      expect(written.lines).toContain("dataset.arrow: 1 events (the 3 most reported of each day)");
      const back = importDetenteArrow(await readFile(join(dir, "dataset.arrow")), { goldstein });
      if (!back.ok) throw new Error(JSON.stringify(back.report.problems));
      expect(back.dataset).toEqual(fromJson);
    });

    it("reports lines it cannot split with their file and line, and reads the rest", async () => {
      const lines = fixture("gdelt/gdelt2-events-sample.tsv").split("\n");
      lines.splice(2, 0, `${lines[5] ?? ""}\textra\tcolumns\there`);
      const broken = join(dir, "broken.tsv");
      await writeFile(broken, lines.join("\n"));
      const run = await runAggregate(
        options(["--input", broken, "--pair", "GBR,CAN", "--out", dir]),
      );
      expect(run.result.rejected).toHaveLength(1);
      expect(run.result.rejected[0]).toMatchObject({ file: broken, line: 3 });
      expect(run.result.daily).toHaveLength(1);
    });
  },
);
