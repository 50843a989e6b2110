import fc from "fast-check";
import { validateDataset } from "../../src/model/validate.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const table = goldsteinTable();

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = validateDataset(input, table);
  return result.ok ? [] : result.error.map(({ path, message }) => ({ path, message }));
}

describe("validateDataset", () => {
  it("accepts a well-formed dataset", () => {
    const result = validateDataset(smallDataset(), table);
    expect(result.ok).toBe(true);
  });

  it("reports an unknown topic id with its path and the known ids", () => {
    const problems = problemsOf(smallDataset([sampleEvent({ topics: ["diplomacy", "tarrifs"] })]));
    expect(problems).toContainEqual({
      path: "events[0].topics[1]",
      message: expect.stringMatching(/unknown topic "tarrifs".*migration, diplomacy/),
    });
  });

  it("reports an unknown actor id", () => {
    const problems = problemsOf(smallDataset([sampleEvent({ actors: ["biden"] })]));
    expect(problems).toContainEqual({
      path: "events[0].actors[0]",
      message: expect.stringContaining('unknown actor "biden"'),
    });
  });

  it("reports an end before the start", () => {
    const problems = problemsOf(
      smallDataset([sampleEvent({ date: "2026-02-03", end: "2026-01" })]),
    );
    expect(problems).toContainEqual({
      path: "events[0].end",
      message: 'end "2026-01" is before date "2026-02-03"',
    });
  });

  it("reports impossible calendar dates such as 30 February", () => {
    const problems = problemsOf(smallDataset([sampleEvent({ date: "2025-02-30" })]));
    expect(problems).toContainEqual({
      path: "events[0].date",
      message: expect.stringContaining("day 30 does not exist in 2025-02"),
    });
  });

  it("reports a malformed date string with the expected form", () => {
    const problems = problemsOf(smallDataset([sampleEvent({ date: "3 Feb 2026" })]));
    expect(problems).toContainEqual({
      path: "events[0].date",
      message: expect.stringContaining('"YYYY", "YYYY-MM" or "YYYY-MM-DD"'),
    });
  });

  it("reports duplicate ids, naming the first use", () => {
    const problems = problemsOf(smallDataset([sampleEvent(), sampleEvent()]));
    expect(problems).toContainEqual({
      path: "events[1].id",
      message: 'duplicate id "meeting" (already used by events[0])',
    });
  });

  it("reports a score out of range, above or below, with its path", () => {
    expect(problemsOf(smallDataset([sampleEvent({ score: 12 })]))).toEqual([
      { path: "events[0].score", message: "score must be at most 10 (Goldstein scale)" },
    ]);
    expect(
      problemsOf(smallDataset([sampleEvent(), sampleEvent({ id: "low", score: -11 })])),
    ).toEqual([
      { path: "events[1].score", message: "score must be at least -10 (Goldstein scale)" },
    ]);
    expect(problemsOf(smallDataset([sampleEvent({ score: Number.NaN })]))).toEqual([
      { path: "events[0].score", message: "expected a number from -10 to 10" },
    ]);
  });

  it("accepts the ends of the scale, −10 and 10", () => {
    const ends = [sampleEvent({ id: "low", score: -10 }), sampleEvent({ id: "high", score: 10 })];
    expect(problemsOf(smallDataset(ends))).toEqual([]);
  });

  it("reports an unknown CAMEO code, and a numeric one", () => {
    expect(problemsOf(smallDataset([sampleEvent({ cameo: "999" })]))).toContainEqual({
      path: "events[0].cameo",
      message: expect.stringContaining('unknown CAMEO code "999"'),
    });
    const numeric = { ...smallDataset(), events: [{ ...sampleEvent(), cameo: 163 }] };
    expect(problemsOf(numeric)).toContainEqual({
      path: "events[0].cameo",
      message: expect.stringContaining("CAMEO code as a string"),
    });
  });

  it("reports an unknown citation source and an unknown party", () => {
    const problems = problemsOf(
      smallDataset([sampleEvent({ initiator: "VEN", citations: [{ source: "tweet" }] })]),
    );
    expect(problems).toContainEqual({
      path: "events[0].initiator",
      message: expect.stringContaining('unknown party "VEN"'),
    });
    expect(problems).toContainEqual({
      path: "events[0].citations[0].source",
      message: expect.stringContaining('unknown source "tweet"'),
    });
  });

  it("reports every problem at once, including references next to shape errors", () => {
    const broken = {
      ...smallDataset(),
      events: [
        { ...sampleEvent({ id: "a", topics: ["nope"] }), title: 42 },
        sampleEvent({ id: "b", date: "2025-13" }),
      ],
    };
    const paths = problemsOf(broken).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["events[0].title", "events[0].topics[0]", "events[1].date"]),
    );
  });

  it("rejects unknown fields so typos do not pass silently", () => {
    const typo = { ...smallDataset(), events: [{ ...sampleEvent(), summery: "x" }] };
    expect(problemsOf(typo).map((p) => p.path)).toContain("events[0]");
  });

  it("requires a score or a CAMEO code", () => {
    const { cameo: _cameo, ...withoutCameo } = sampleEvent();
    expect(problemsOf(smallDataset([withoutCameo]))).toContainEqual({
      path: "events[0].score",
      message: expect.stringContaining("CAMEO code"),
    });
  });

  it("never throws on random JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value, table);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on datasets with random values in place of fields", () => {
    const base = smallDataset() as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.jsonValue(),
        fc.constantFrom(...Object.keys(sampleEvent())),
        fc.jsonValue(),
        (key, value, eventKey, eventValue) => {
          const event = { ...sampleEvent(), [eventKey]: eventValue };
          const input = { ...base, [key]: value, events: [event] };
          const result = validateDataset(input, table);
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
