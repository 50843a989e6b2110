/**
 * The bundled dataset, data/us-colombia.json: it validates against the schema and the CAMEO
 * table, every article quote is verbatim, every other citation is a public source with its
 * publisher, date and link, causes come before responses and corrections are on the record.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseGoldsteinTable } from "../../src/model/cameo.ts";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { mustParseEdtf } from "../../src/model/date.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { resolveEvents } from "../../src/model/events.ts";

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
    expect(dataset.events.length).toBeGreaterThanOrEqual(25);
    expect(dataset.events.length).toBeLessThanOrEqual(35);
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

  it("quotes the article in every event it reports, and backs the others with public sources", () => {
    const quoting = dataset.events.filter((event) => articleQuotes(event).length > 0);
    expect(quoting.length).toBeGreaterThanOrEqual(20);
    for (const event of dataset.events) {
      if (articleQuotes(event).length > 0) continue;
      const others = event.citations.filter((c) => c.source !== "article");
      expect(others.length, `${event.id} cites a public source`).toBeGreaterThan(0);
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
    ["major-non-nato-ally", "2022-05-23", "day"],
    ["deportation-flights-refused", "2025-01-26", "day"],
    ["deportation-sanction-threats", "2025-01-26", "day"],
    ["deportation-standoff-reversal", "2025-01-26", "day"],
    ["first-deportation-flights-land", "2025-01-28", "day"],
    ["repatriation-flights-suspended", "2025-05", "month"],
    ["caribbean-boat-strike", "2025-09-02", "day"],
    ["us-decertification", "2025-09-15", "day"],
    ["petro-unga-speech", "2025-09-23", "day"],
    ["petro-un-disobey-remarks", "2025-09-26", "day"],
    ["visa-revocation", "2025-09-26", "day"],
    ["drug-leader-label", "2025-10-19", "day"],
    ["aid-suspension", "2025-10-19", "day"],
    ["further-punitive-threats", "2025-10-19", "day"],
    ["treasury-sanctions-petro", "2025-10-24", "day"],
    ["colombia-denounces-measures", "2025-10-24", "day"],
    ["venezuelan-raid", "2026-01-03", "day"],
    ["trump-warns-petro", "2026-01-03", "day"],
    ["military-threat-colombia", "2026-01-04", "day"],
    ["first-phone-call", "2026-01-07", "day"],
    ["great-honor-post", "2026-01-07", "day"],
    ["dialogue-restart", "2026-01-07", "day"],
    ["visit-announced", "2026-01-09", "day"],
    ["visit-date-confirmed", "2026-01-14", "day"],
    ["deportation-flights-resumed", "2026-01-29", "day"],
    ["trump-remarks-before-visit", "2026", "year"],
    ["white-house-meeting", "2026-02-03", "day"],
  ] as const)("dates %s at %s (%s precision)", (id, date, precision) => {
    const event = byId.get(id);
    expect(event, `event ${id} exists`).toBeDefined();
    expect(event?.date).toBe(date);
    expect(mustParseEdtf(date).precision).toBe(precision);
  });

  it("bounds the undated remarks before the visit by what is known, not by a guessed day", () => {
    for (const id of ["trump-remarks-before-visit", "trump-drugs-agenda"]) {
      const event = byId.get(id);
      expect(event?.within, id).toBe("../2026-02-02");
    }
    const resolved = resolveEvents(dataset, goldstein);
    const remarks = resolved.find((e) => e.id === "trump-remarks-before-visit");
    expect(remarks?.startMs).toBe(Date.UTC(2026, 0, 9));
    expect(remarks && 2 * remarks.anchorMs - remarks.startMs).toBe(Date.UTC(2026, 1, 3));
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

  it("gives a score note wherever the score departs from the CAMEO Goldstein value or the weight from 1", () => {
    for (const event of dataset.events) {
      expect(event.cameo, `${event.id} has a CAMEO code`).toBeDefined();
      const goldsteinScore = event.cameo === undefined ? undefined : goldstein.get(event.cameo);
      expect(goldsteinScore, `${event.id}: CAMEO ${event.cameo} is in the table`).toBeDefined();
      if (event.score !== undefined && event.score !== goldsteinScore) {
        expect(event.scoreNote, `${event.id} explains its score`).toBeTruthy();
      }
      if (event.weight !== undefined && event.weight !== 1) {
        expect(event.scoreNote, `${event.id} explains its weight`).toMatch(/weight/i);
      }
    }
  });

  it("recodes the raid in Venezuela as context and records the direct threats against Colombia", () => {
    const raid = byId.get("venezuelan-raid");
    expect([raid?.initiator, raid?.target]).toEqual(["USA", "VEN"]);
    expect(dataset.thirdParties?.map((p) => p.code)).toContain("VEN");
    for (const id of ["trump-warns-petro", "military-threat-colombia"]) {
      const threat = byId.get(id);
      expect([threat?.initiator, threat?.target], id).toEqual(["USA", "COL"]);
      expect(
        threat?.citations.some((c) => c.source !== "article"),
        id,
      ).toBe(true);
    }
  });

  it("counts the first phone call as one impulse", () => {
    const call = ["first-phone-call", "great-honor-post", "dialogue-restart"].map((id) => {
      const event = byId.get(id);
      const score = event?.score ?? goldstein.get(event?.cameo ?? "") ?? 0;
      return { weight: event?.weight ?? 1, score };
    });
    expect(call.filter((part) => part.weight > 0)).toHaveLength(1);
    const total = call.reduce((sum, part) => sum + part.weight * part.score, 0);
    expect(total).toBe(4);
    // The resumed flights no longer outweigh the January 2025 reversal or equal the alliance.
    const score = (id: string): number => {
      const event = byId.get(id);
      return event?.score ?? goldstein.get(event?.cameo ?? "") ?? 0;
    };
    expect(score("deportation-flights-resumed")).toBeLessThanOrEqual(
      score("deportation-standoff-reversal"),
    );
    expect(score("deportation-flights-resumed")).toBeLessThan(score("major-non-nato-ally"));
  });

  it("lists every response after its cause", () => {
    const order = resolveEvents(dataset, goldstein).map((event) => event.id);
    for (const event of dataset.events) {
      for (const cause of event.after ?? []) {
        expect(order.indexOf(event.id), `${event.id} after ${cause}`).toBeGreaterThan(
          order.indexOf(cause),
        );
      }
    }
    expect(order.indexOf("dialogue-restart")).toBeGreaterThan(order.indexOf("first-phone-call"));
    expect(order.indexOf("colombia-denounces-measures")).toBeGreaterThan(
      order.indexOf("treasury-sanctions-petro"),
    );
    expect(order.indexOf("further-punitive-threats")).toBeGreaterThan(
      order.indexOf("aid-suspension"),
    );
  });

  it("cites only public sources: no internal notes, each with publisher, date and link", () => {
    // This product's own planning texts: its name, "project", an issue number, the word "seed".
    const internal = /d[ée]tente|\bproject\b|\bissues?\s*#?\d|#\d+|\bseed\b|research brief/i;
    for (const source of dataset.sources) {
      expect(source.title, `${source.id} title`).not.toMatch(internal);
      expect(source.publisher, `${source.id} publisher`).not.toMatch(internal);
      expect(source.published, `${source.id} has a date`).toBeDefined();
      if (source.id !== "article") {
        expect(source.url, `${source.id} has a link`).toMatch(/^https:\/\//);
      }
    }
    for (const event of dataset.events) {
      for (const citation of event.citations) {
        expect(citation.note ?? "", `${event.id} cites ${citation.source}`).not.toMatch(internal);
      }
    }
    const article = dataset.sources.find((s) => s.id === "article");
    expect(article?.publisher).toMatch(/Fox News Digital/);
    expect(article?.publisher).not.toMatch(/unattributed/i);
  });

  it("shows where sources disagree, with both sources", () => {
    const visa = byId.get("visa-revocation")?.discrepancies?.[0];
    expect(visa?.accounts.map((a) => a.source)).toEqual(
      expect.arrayContaining(["article", "aljazeera-visa-revocation"]),
    );
    expect(visa?.accounts.find((a) => a.source === "article")?.says).toMatch(/27 September/);
    expect(visa?.accounts.find((a) => a.source !== "article")?.says).toMatch(/26 September/);
    const october = dataset.events
      .flatMap((e) => e.discrepancies ?? [])
      .find((d) => /order of the October/.test(d.about));
    expect(october?.accounts.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps corrections on the record, in readers' words", () => {
    const corrections = dataset.corrections ?? [];
    expect(corrections.length).toBeGreaterThanOrEqual(5);
    const text = corrections.map((c) => `${c.change} ${c.reason}`).join("\n");
    expect(text).toMatch(/Venezuela/);
    expect(text).not.toMatch(/\bissues?\b|\bseed\b|\bsession\b|\bproject\b|d[ée]tente/i);
    expect(corrections.some((c) => c.events?.includes("venezuelan-raid"))).toBe(true);
  });
});
