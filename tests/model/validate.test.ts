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

  it("reports duplicate ids, naming the first use, each under its own collection", () => {
    const problems = problemsOf(smallDataset([sampleEvent(), sampleEvent()]));
    expect(problems).toContainEqual({
      path: "events[1].id",
      message: 'duplicate id "meeting" (already used by events[0])',
    });
    const base = smallDataset();
    const collections = problemsOf({
      ...base,
      sources: [...base.sources, ...base.sources],
      actors: [...base.actors, base.actors[1]],
    });
    expect(collections).toEqual([
      { path: "actors[2].id", message: 'duplicate id "petro" (already used by actors[1])' },
      { path: "sources[1].id", message: 'duplicate id "article" (already used by sources[0])' },
    ]);
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

  it("says what a translation's rejected key should have been", () => {
    const problems = problemsOf({
      ...smallDataset(),
      translations: {
        es: {
          parties: { us: "Estados Unidos" },
          topics: { "Bad Topic": "Diplomacia" },
          events: { meeting: { citations: { "01": { note: "Una nota." } } } },
        },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: "translations.es.parties.us",
          message: 'key "us": expected an ISO 3166-1 alpha-3 code such as USA or COL',
        },
        {
          path: "translations.es.topics.Bad Topic",
          message:
            'key "Bad Topic": expected a slug: lower-case letters, digits and single hyphens (e.g. visa-revocation)',
        },
        {
          path: "translations.es.events.meeting.citations.01",
          message:
            'key "01": expected a position in the list as a whole number ("0" for the first)',
        },
      ]),
    );
    expect(problems.some((problem) => problem.message.includes("Invalid key"))).toBe(false);
  });

  it("worked example: every whole-dataset check, each problem at its path, in document order", () => {
    const base = smallDataset();
    // Thirteen events, so the list of known ids is cut at twelve; events[10] sorts after [3].
    const events = Array.from({ length: 13 }, (_, i) =>
      sampleEvent({ id: `e${i}`, date: `2026-01-${String(i + 10)}` }),
    );
    events[0] = sampleEvent({ id: "e0", initiator: "VEN", target: "VEN" });
    events[1] = sampleEvent({
      id: "e1",
      discrepancies: [
        {
          about: "The day.",
          accounts: [
            { source: "article", says: "Monday." },
            { source: "wire", says: "Tuesday." },
          ],
        },
      ],
    });
    events[2] = sampleEvent({ id: "e2", cameo: "9999" });
    const { cameo: _cameo, ...unscored } = sampleEvent({ id: "e3" });
    events[3] = unscored;
    events[10] = sampleEvent({
      id: "e10",
      date: "2026-01-05",
      within: "2026-01/2026-01-20",
      after: ["e9", "e10"],
    });
    const input = {
      ...base,
      thirdParties: [
        { code: "USA", name: "Again" },
        { code: "VEN", name: "Venezuela" },
      ],
      actors: [
        ...base.actors,
        { id: "uribe", name: "Álvaro Uribe", party: "CLO", role: "Former president" },
      ],
      sources: [
        ...base.sources,
        { id: "late", title: "A report", publisher: "Someone", published: "2025-02-30" },
      ],
      topics: [...base.topics, { id: "migration", label: "Again" }],
      eras: [
        { id: "thaw", label: "The thaw", start: "2026-03", end: "2026-01" },
        { id: "thaw", label: "Again", start: "2026", end: "2026" },
      ],
      view: { from: "2026-05", to: "2026-04" },
      events,
      corrections: [
        { date: "2026-02-30", change: "A date.", reason: "A report.", events: ["e2", "nope"] },
      ],
    };
    expect(problemsOf(input)).toEqual([
      { path: "actors[2].party", message: 'unknown party "CLO"; expected one of: USA, COL, VEN' },
      {
        path: "corrections[0].date",
        message: "day 30 does not exist in 2026-02 (it has 28 days)",
      },
      {
        path: "corrections[0].events[1]",
        message:
          'unknown event "nope"; expected one of: e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11',
      },
      { path: "eras[0].end", message: 'end "2026-01" is before start "2026-03"' },
      { path: "eras[1].id", message: 'duplicate id "thaw" (already used by eras[0])' },
      {
        path: "events[0].target",
        message: 'target "VEN" is the initiator too; expected another party',
      },
      {
        path: "events[1].discrepancies[0].accounts[1].source",
        message: 'unknown source "wire"; expected one of: article, late',
      },
      {
        path: "events[2].cameo",
        message: 'unknown CAMEO code "9999"; expected a code from GDELT\'s CAMEO table',
      },
      {
        path: "events[3].score",
        message: "expected a score (-10 to 10) or a CAMEO code to take it from",
      },
      {
        path: "events[10].after[0]",
        message:
          '"e10" is dated 2026-01-05 within 2026-01/2026-01-20, which ends before "e9" starts (2026-01-19); expected a date on or after its cause, or no "after" link',
      },
      { path: "events[10].after[1]", message: 'an event cannot follow itself ("e10")' },
      {
        path: "sources[1].published",
        message: "day 30 does not exist in 2025-02 (it has 28 days)",
      },
      {
        path: "thirdParties[0].code",
        message: '"USA" is already one of the dataset\'s two parties',
      },
      { path: "topics[2].id", message: 'duplicate id "migration" (already used by topics[0])' },
      { path: "view.to", message: 'to "2026-04" is before from "2026-05"' },
    ]);
  });

  it("leaves entries that are not objects to the shape check, and checks the rest", () => {
    const base = smallDataset();
    const input = {
      ...base,
      actors: [null, ...base.actors],
      sources: ["article", ...base.sources],
      eras: [7],
      view: "2026",
      events: [
        null,
        sampleEvent({
          discrepancies: [
            null as never,
            {
              about: "The day.",
              accounts: [null as never, { source: "wire", says: "Tuesday." }],
            },
          ],
        }),
      ],
      corrections: [null, { date: "2026-02-30", change: "A date.", reason: "A report." }],
    };
    const problems = problemsOf(input);
    expect(problems.map((problem) => problem.path)).toEqual([
      "actors[0]",
      "corrections[0]",
      "corrections[1].date",
      "eras[0]",
      "events[0]",
      "events[1].discrepancies[0]",
      "events[1].discrepancies[1].accounts[0]",
      "events[1].discrepancies[1].accounts[1].source",
      "sources[0]",
      "view",
    ]);
  });

  it("gives a malformed date one message, and a well-formed impossible one the calendar's", () => {
    const EXPECTED_FORM = /^expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD"/;
    const EXPECTED_INTERVAL = /^expected an EDTF interval "FROM\/TO"/;
    const dateProblems = (date: string) =>
      problemsOf(smallDataset([sampleEvent({ date })])).map((problem) => problem.message);
    const withinProblems = (within: string) =>
      problemsOf(smallDataset([sampleEvent({ within })])).map((problem) => problem.message);
    // Looser patterns (a year of two digits after "Y", month 13) once added a second message.
    for (const date of ["2026-1-5", "v2026", "2026x", "Y12", "Y-12", "Y12345x", "2026-13"]) {
      const messages = dateProblems(date);
      expect(messages, date).toHaveLength(1);
      expect(messages[0], date).toMatch(EXPECTED_FORM);
    }
    expect(dateProblems("2026-02-30")).toEqual([
      "day 30 does not exist in 2026-02 (it has 28 days)",
    ]);
    expect(dateProblems("-0000-02-30")).toEqual(["year -0000 does not exist (year 0 is 0000)"]);
    expect(dateProblems("Y-12345")).toEqual([]);
    for (const within of ["v2026/..", "../2026x", "2026-1/..", "Y12/..", "../Y12"]) {
      const messages = withinProblems(within);
      expect(messages, within).toHaveLength(1);
      expect(messages[0], within).toMatch(EXPECTED_INTERVAL);
    }
    expect(withinProblems("../..")).toEqual(["an interval needs at least one end"]);
    expect(withinProblems("2026-02/2026-02-30")).toEqual([
      "day 30 does not exist in 2026-02 (it has 28 days)",
    ]);
    expect(withinProblems("2026/2025")).toEqual([
      "the interval ends (2025) before it starts (2026)",
    ]);
    expect(withinProblems("Y-12345/..")).toEqual([]);
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
    expect(problemsOf(smallDataset([{ ...withoutCameo, score: -4 }]))).toEqual([]);
  });

  it("says no more about a malformed field than its shape", () => {
    const paths = (input: unknown) => problemsOf(input).map((problem) => problem.path);
    const base = smallDataset();
    // A CAMEO code that is not 2 to 4 digits is not also looked up in the table.
    for (const cameo of ["12a", "x010", "010x", "01010"])
      expect(problemsOf(smallDataset([sampleEvent({ cameo })])), cameo).toEqual([
        { path: "events[0].cameo", message: "expected a CAMEO code of 2 to 4 digits" },
      ]);
    // A reference that is not a string is not also an unknown id.
    expect(paths(smallDataset([sampleEvent({ topics: [5 as never] })]))).toEqual([
      "events[0].topics[0]",
    ]);
    // Entries without ids are not duplicates of each other; a third party without a code is
    // not one of the two parties; an event without parties does not have the same on both sides.
    const { id: _id, ...nameless } = base.topics[0] as (typeof base.topics)[number];
    expect(paths({ ...base, topics: [nameless, nameless, ...base.topics] })).toEqual([
      "topics[0].id",
      "topics[1].id",
    ]);
    expect(paths({ ...base, thirdParties: [{ name: "Venezuela" }] })).toEqual([
      "thirdParties[0].code",
    ]);
    const { initiator: _i, target: _t, ...partyless } = sampleEvent();
    expect(paths(smallDataset([partyless as never]))).toEqual([
      "events[0].initiator",
      "events[0].target",
    ]);
  });

  it("orders events on what of their dates and bounds is right, and names only that", () => {
    const events = [
      sampleEvent({ id: "cause", date: "2026-02-10" }),
      // Its bounds miss its own date: reported once, and not also as ending before its cause.
      sampleEvent({ id: "bounded", date: "2026-01-05", within: "2026-03/..", after: ["cause"] }),
      // An impossible bound is reported, and the order is checked on the date alone; an
      // impossible date with a good bound gets the calendar's words only.
      sampleEvent({
        id: "impossible",
        date: "2026-01-06",
        within: "2026-02-30/..",
        after: ["cause"],
      }),
      sampleEvent({ id: "undated", date: "2026-02-30", within: "2026/..", after: ["cause"] }),
    ];
    expect(problemsOf(smallDataset(events))).toEqual([
      {
        path: "events[1].within",
        message:
          'interval "2026-03/.." does not overlap the event\'s date "2026-01-05"; expected an interval the date can lie in',
      },
      {
        path: "events[2].after[0]",
        message:
          '"impossible" is dated 2026-01-06, which ends before "cause" starts (2026-02-10); expected a date on or after its cause, or no "after" link',
      },
      { path: "events[2].within", message: "day 30 does not exist in 2026-02 (it has 28 days)" },
      { path: "events[3].date", message: "day 30 does not exist in 2026-02 (it has 28 days)" },
    ]);
  });

  it("words an order problem with the event's own date when it has no bounds", () => {
    const problems = problemsOf(
      smallDataset([
        sampleEvent({ id: "cause", date: "2026-02-10" }),
        sampleEvent({ id: "reply", date: "2026-02", after: ["cause"] }),
        sampleEvent({ id: "early", date: "2026-01-20", after: ["cause"] }),
      ]),
    );
    expect(problems).toEqual([
      {
        path: "events[2].after[0]",
        message:
          '"early" is dated 2026-01-20, which ends before "cause" starts (2026-02-10); expected a date on or after its cause, or no "after" link',
      },
    ]);
  });

  it("is not valid when the input is not an object at all", () => {
    for (const input of [null, "dataset", 3, []]) {
      const result = validateDataset(input, table);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.error).not.toEqual([]);
    }
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
