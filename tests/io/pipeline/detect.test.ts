import { readFileSync } from "node:fs";
import { detectFormat, importText } from "../../../src/io/pipeline/detect.ts";
import { exportTimelineJs } from "../../../src/io/timelinejs/parse.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { expectDataset, expectFailure, fixture, goldstein } from "../fixtures.ts";

const detente = readFileSync("data/us-colombia.json", "utf8");

describe("detectFormat", () => {
  it.each([
    ["timelinejs/eras.json", "timelinejs-json"],
    ["timelinejs/all-media-types.json", "timelinejs-json"],
    ["timelinejs/my-own-timeline.csv", "timelinejs-csv"],
    ["vis-timeline/basic.json", "vis-json"],
    ["gdelt/gdelt2-events-sample.tsv", "gdelt"],
  ])("recognises %s as %s from its content", (path, format) => {
    expect(detectFormat(fixture(path))).toBe(format);
    expect(detectFormat(fixture(path), "renamed.txt")).toBe(format);
  });

  it("recognises Détente JSON, a TimelineJS export of it, and a vis {items} object", () => {
    expect(detectFormat(detente)).toBe("detente-json");
    const dataset = JSON.parse(detente) as Dataset;
    expect(detectFormat(JSON.stringify(exportTimelineJs(dataset)))).toBe("timelinejs-json");
    expect(detectFormat('{"items": [], "groups": []}')).toBe("vis-json");
  });

  it("recognises plain CSV by its header, with a BOM, ; or tabs", () => {
    expect(detectFormat("date,title,score\n2025-01-01,x,1\n")).toBe("csv");
    expect(detectFormat("\ufeffFecha;Título\n2025-01-01;x\n")).toBe("csv");
    expect(detectFormat("date\ttitle\n2025-01-01\tx\n")).toBe("csv");
  });

  it("recognises broken JSON by its keys so the right importer reports the error", () => {
    expect(detectFormat(fixture("timelinejs/eras.json").slice(0, 400))).toBe("timelinejs-json");
    expect(detectFormat(detente.slice(0, 500))).toBe("detente-json");
  });

  it("falls back to the file name, then to unknown", () => {
    expect(detectFormat("just some words", "notes.csv")).toBe("csv");
    expect(detectFormat("just some words", "20200318.export.CSV")).toBe("gdelt");
    expect(detectFormat("just some words")).toBe("unknown");
    expect(detectFormat("")).toBe("unknown");
    expect(detectFormat("[1, 2, 3]", "x.json")).toBe("unknown");
  });
});

describe("importText", () => {
  it("dispatches each fixture to its importer", () => {
    const counts = [
      ["timelinejs/eras.json", 20],
      ["timelinejs/all-media-types.json", 41],
      ["timelinejs/my-own-timeline.csv", 10],
      ["vis-timeline/basic.json", 6],
      ["gdelt/gdelt2-events-sample.tsv", 3],
    ] as const;
    for (const [path, events] of counts) {
      const result = importText(fixture(path), { goldstein, fileName: path });
      expect(expectDataset(result).events).toHaveLength(events);
    }
  });

  it("imports Détente JSON, and locates its validation problems by line", () => {
    expect(expectDataset(importText(detente, { goldstein })).events).toHaveLength(29);
    const broken = detente.replace('"date": "2000"', '"date": "2000-13"');
    const report = expectFailure(importText(broken, { goldstein }));
    expect(report.format).toBe("detente-json");
    expect(report.problems[0]).toMatchObject({ path: "events[0].date" });
    expect(report.problems[0]?.line).toBeGreaterThan(1);
  });

  it("lets the user's choice of format win", () => {
    const result = importText(fixture("timelinejs/my-own-timeline.csv"), {
      goldstein,
      format: "csv",
    });
    // As a plain CSV the sheet has no date column: the report says what is missing.
    expect(expectFailure(result).problems[0]?.message).toMatch(/^no column for date/);
    expect(result.report.format).toBe("csv");
  });

  it("returns GDELT's daily impulses alongside the dataset", () => {
    const result = importText(fixture("gdelt/gdelt2-events-sample.tsv"), { goldstein });
    expect(result.ok && "dailyImpulses" in result ? result.dailyImpulses : []).toHaveLength(1);
  });

  it("says so when it cannot tell the format", () => {
    const report = expectFailure(importText("hello world"));
    expect(report.format).toBe("unknown");
    expect(report.problems[0]?.message).toMatch(/could not tell what kind of file this is/);
  });
});
