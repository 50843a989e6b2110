/**
 * The first real dataset, data/us-colombia.json: it validates against the schema and the CAMEO
 * table, every event quotes the seed article verbatim, and the corroborated dates are kept.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseGoldsteinTable } from "../../src/model/cameo.ts";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { mustParseEdtf } from "../../src/model/date.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";

const root = process.cwd();
const readText = (relative: string): string => readFileSync(path.resolve(root, relative), "utf8");

const raw: unknown = JSON.parse(readText("data/us-colombia.json"));

function loadGoldstein(): GoldsteinTable {
  const parsed = parseGoldsteinTable(readText("data/cameo/CAMEO.goldsteinscale.txt"));
  if (!parsed.ok) throw new Error(`CAMEO table: ${parsed.error}`);
  return parsed.value;
}
const goldstein = loadGoldstein();

const validation = validateDataset(raw, goldstein);
const problems = validation.ok ? [] : validation.error.map((p) => `${p.path}: ${p.message}`);

const articlePath = path.resolve(root, "../shared/seed/article.txt");
const articleExists = existsSync(articlePath);
const article = articleExists ? readFileSync(articlePath, "utf8") : "";

const articleQuotes = (event: DatasetEvent): string[] =>
  event.citations.flatMap((c) => (c.source === "article" && c.quote ? [c.quote] : []));

describe("data/us-colombia.json", () => {
  it("validates against the schema and the CAMEO table with no problems", () => {
    expect(problems, `validation problems:\n${problems.join("\n")}`).toEqual([]);
    expect(validation.ok).toBe(true);
  });
});

// The content checks need a valid dataset; when it is invalid the test above says why.
describe.runIf(validation.ok)("data/us-colombia.json content", () => {
  const dataset = validation.ok ? validation.value : ({ events: [] } as unknown as Dataset);
  const byId = new Map(dataset.events.map((e) => [e.id, e]));

  it("is the United States–Colombia dataset", () => {
    expect(dataset.id).toBe("us-colombia");
    expect(dataset.parties.map((p) => p.code)).toEqual(["USA", "COL"]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(16);
    expect(dataset.events.length).toBeLessThanOrEqual(22);
    const articleSource = dataset.sources.find((s) => s.id === "article");
    expect(articleSource?.published).toBe("2026-02-02");
  });

  it("has the required topics and actors", () => {
    const topics = dataset.topics.map((t) => t.id);
    for (const id of [
      "migration-deportation",
      "drugs-counternarcotics",
      "security-cooperation",
      "diplomacy",
      "trade-tariffs",
      "aid-sanctions",
    ]) {
      expect(topics, `topic ${id}`).toContain(id);
    }
    const actors = dataset.actors.map((a) => a.id);
    for (const id of [
      "donald-trump",
      "gustavo-petro",
      "us-state-department",
      "us-treasury",
      "colombian-government",
    ]) {
      expect(actors, `actor ${id}`).toContain(id);
    }
  });

  it("cites the article with a quote in every event", () => {
    for (const event of dataset.events) {
      expect(articleQuotes(event).length, `${event.id} quotes the article`).toBeGreaterThan(0);
    }
  });

  it.skipIf(!articleExists)("quotes the article verbatim, never from its reader comments", () => {
    const commentsAt = article.indexOf("13 Comments");
    expect(commentsAt).toBeGreaterThan(0);
    for (const event of dataset.events) {
      for (const quote of articleQuotes(event)) {
        const at = article.indexOf(quote);
        expect(at, `${event.id}: quote not found verbatim in the article: "${quote}"`).not.toBe(-1);
        expect(at + quote.length, `${event.id}: quote is from the reader comments`).toBeLessThan(
          commentsAt,
        );
      }
    }
  });

  it("gives every other cited source a quote or a note", () => {
    for (const event of dataset.events) {
      for (const citation of event.citations) {
        if (citation.source === "article") continue;
        expect(
          citation.quote ?? citation.note,
          `${event.id} cites ${citation.source} without a note`,
        ).toBeTruthy();
      }
    }
  });

  it.each([
    ["plan-colombia", "2000", "year"],
    ["major-non-nato-ally", "2022-05", "month"],
    ["deportation-flights-refused", "2025-01-26", "day"],
    ["deportation-sanction-threats", "2025-01-26", "day"],
    ["deportation-standoff-reversal", "2025-01-26", "day"],
    ["petro-un-disobey-remarks", "2025-09-26", "day"],
    ["visa-revocation", "2025-09-26", "day"],
    ["drug-leader-label", "2025-10-19", "day"],
    ["aid-suspension", "2025-10-19", "day"],
    ["treasury-sanctions-petro", "2025-10-24", "day"],
    ["colombia-denounces-measures", "2025-10", "month"],
    ["venezuelan-raid", "2026-01-03", "day"],
    ["first-phone-call", "2026-01-07", "day"],
    ["great-honor-post", "2026-01-07", "day"],
    ["deportation-flights-resumed", "2026-01-29", "day"],
    ["trump-remarks-before-visit", "2026-02-02", "day"],
    ["white-house-meeting", "2026-02-03", "day"],
  ] as const)("dates %s at %s (%s precision)", (id, date, precision) => {
    const event = byId.get(id);
    expect(event, `event ${id} exists`).toBeDefined();
    expect(event?.date).toBe(date);
    expect(mustParseEdtf(date).precision).toBe(precision);
  });

  it("keeps the standoff to one day and Plan Colombia open-ended", () => {
    for (const id of [
      "deportation-flights-refused",
      "deportation-sanction-threats",
      "deportation-standoff-reversal",
    ]) {
      const event = byId.get(id);
      expect(event?.end === undefined || event.end === event.date, id).toBe(true);
    }
    expect(byId.get("plan-colombia")?.end).toBeUndefined();
  });

  it("notes that the article dates the visa revocation 27 September", () => {
    const citation = byId
      .get("visa-revocation")
      ?.citations.find((c) => c.source === "article" && c.quote?.includes("September 27"));
    expect(citation?.note).toMatch(/27 September/);
    const others = byId.get("visa-revocation")?.citations.filter((c) => c.source !== "article");
    expect(others?.length).toBeGreaterThan(0);
  });

  it("cites the Treasury press release for the sanctions", () => {
    const treasury = dataset.sources.find((s) => s.url?.endsWith("/sb0292"));
    expect(treasury?.id).toBe("treasury-sb0292");
    expect(treasury?.publisher).toBe("U.S. Department of the Treasury");
    const sources = byId.get("treasury-sanctions-petro")?.citations.map((c) => c.source);
    expect(sources).toContain("treasury-sb0292");
  });

  it("gives a score note wherever the score departs from the CAMEO Goldstein value", () => {
    for (const event of dataset.events) {
      expect(event.cameo, `${event.id} has a CAMEO code`).toBeDefined();
      const goldsteinScore = event.cameo === undefined ? undefined : goldstein.get(event.cameo);
      expect(goldsteinScore, `${event.id}: CAMEO ${event.cameo} is in the table`).toBeDefined();
      if (event.score !== undefined && event.score !== goldsteinScore) {
        expect(event.scoreNote, `${event.id} explains its score`).toBeTruthy();
      }
    }
  });
});
