/**
 * Causes before responses: `after` links raise a response's earliest start, order the resolved
 * events, narrow the span an imprecise response is spread over and bracketed by, and validation
 * rejects cycles and orders the dates contradict, each at its JSON path.
 */
import fc from "fast-check";
import { resolveEvents, startSpanEndMs } from "../../src/model/events.ts";
import { eventDateLabel } from "../../src/i18n/eventText.ts";
import { orderAfterCauses, resolveOrder } from "../../src/model/order.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";
import { computeTension } from "../../src/model/tension.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const table = goldsteinTable();
const day = (text: string): number => Date.parse(`${text}T00:00:00Z`);

function problemsOf(events: DatasetEvent[]): { path: string; message: string }[] {
  const result = validateDataset(smallDataset(events), table);
  return result.ok ? [] : result.error.map(({ path, message }) => ({ path, message }));
}

const sanctions = sampleEvent({ id: "sanctions", date: "2025-10-24", cameo: "163" });
const denounce = sampleEvent({
  id: "denounce",
  date: "2025-10",
  cameo: "111",
  initiator: "COL",
  target: "USA",
  after: ["sanctions"],
});

describe("resolveEvents with after links", () => {
  it("starts a month-precision response no earlier than its cause, and brackets only what is left", () => {
    const events = resolveEvents(smallDataset([denounce, sanctions]), table);
    expect(events.map((e) => e.id)).toEqual(["sanctions", "denounce"]);
    const response = events[1];
    expect(response?.start.precision).toBe("month");
    expect(response?.startMs).toBe(day("2025-10-24"));
    expect(response && startSpanEndMs(response)).toBe(day("2025-11-01"));
    // Without the link the same event opens on the 1st and sorts first (coarser first).
    const free = resolveEvents(smallDataset([{ ...denounce, after: undefined }, sanctions]), table);
    expect(free.map((e) => e.id)).toEqual(["denounce", "sanctions"]);
    expect(free[0]?.startMs).toBe(day("2025-10-01"));
  });

  it("spreads an imprecise response's impulse only over the days after its cause", () => {
    const [cause, response] = resolveEvents(smallDataset([denounce, sanctions]), table);
    if (!cause || !response) throw new Error("two events expected");
    const series = computeTension([{ ...response, weight: 1 }], { halfLife: 45 });
    // The spread covers 24–31 October: nothing before the 24th.
    expect(series.fromDay).toBe(Math.floor(day("2025-10-24") / 86_400_000));
    expect(series.energy[0]).toBeCloseTo(response.score / 8, 10);
  });

  it("lists a same-day response after its cause whatever the ids say", () => {
    const call = sampleEvent({ id: "zz-call", date: "2026-01-07", cameo: "041" });
    const agree = sampleEvent({
      id: "aa-agree",
      date: "2026-01-07",
      cameo: "036",
      after: ["zz-call"],
    });
    const post = sampleEvent({
      id: "mm-post",
      date: "2026-01-07",
      cameo: "051",
      after: ["aa-agree"],
    });
    const order = resolveEvents(smallDataset([post, agree, call]), table).map((e) => e.id);
    expect(order).toEqual(["zz-call", "aa-agree", "mm-post"]);
  });

  it("keeps time order and every link for random acyclic datasets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.nat()), {
          minLength: 1,
          maxLength: 12,
        }),
        (specs) => {
          // Each event may follow one earlier-or-same-month event (links only go backwards in
          // the list, so there is no cycle); month-precision dates make narrowing likely.
          const events = specs.map(([month, precise, pick], i) => {
            const mm = String(month).padStart(2, "0");
            const cause = i > 0 ? pick % (i + 1) : i;
            return sampleEvent({
              id: `e${i}`,
              date: precise ? `2025-${mm}-15` : `2025-${mm}`,
              ...(cause < i ? { after: [`e${cause}`] } : {}),
            });
          });
          const result = validateDataset(smallDataset(events), table);
          if (!result.ok) return; // A link the dates contradict: validation's job, tested below.
          const resolved = resolveEvents(result.value, table);
          const position = new Map(resolved.map((e, i) => [e.id, i]));
          for (const event of events)
            for (const cause of event.after ?? [])
              expect(position.get(event.id)).toBeGreaterThan(position.get(cause) ?? Infinity);
          for (let i = 1; i < resolved.length; i++)
            expect(resolved[i]?.startMs).toBeGreaterThanOrEqual(resolved[i - 1]?.startMs ?? 0);
        },
      ),
    );
  });
});

describe("validation of after links", () => {
  it("rejects a cycle with the path of the link that closes it", () => {
    const a = sampleEvent({ id: "a", date: "2026-01-07", after: ["c"] });
    const b = sampleEvent({ id: "b", date: "2026-01-07", after: ["a"] });
    const c = sampleEvent({ id: "c", date: "2026-01-07", after: ["b"] });
    const problems = problemsOf([a, b, c]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toMatch(/^events\[[012]\]\.after\[0\]$/);
    expect(problems[0]?.message).toMatch(/cycle: (a → c → b → a|b → a → c → b|c → b → a → c)/);
  });

  it("rejects an event that follows itself", () => {
    const problems = problemsOf([sampleEvent({ id: "a", after: ["a"] })]);
    expect(problems).toContainEqual({
      path: "events[0].after[0]",
      message: expect.stringContaining("cannot follow itself"),
    });
  });

  it("rejects an after link the dates contradict, naming both dates", () => {
    const label = sampleEvent({ id: "label", date: "2025-10-19", after: ["sanctions"] });
    const problems = problemsOf([label, sanctions]);
    expect(problems).toEqual([
      {
        path: "events[0].after[0]",
        message: expect.stringMatching(
          /"label" is dated 2025-10-19.*"sanctions" starts \(2025-10-24\)/,
        ),
      },
    ]);
  });

  it("rejects a contradiction that only the chain of links reveals", () => {
    // The month response is pushed to the 24th by its cause; a day on the 20th cannot follow it.
    const late = sampleEvent({ id: "late", date: "2025-10-20", after: ["denounce"] });
    const problems = problemsOf([sanctions, denounce, late]);
    expect(problems).toEqual([
      {
        path: "events[2].after[0]",
        message: expect.stringMatching(/"denounce" can start \(2025-10-24\)/),
      },
    ]);
  });

  it("reports an unknown event id in after", () => {
    const problems = problemsOf([sampleEvent({ after: ["nowhere"] })]);
    expect(problems).toContainEqual({
      path: "events[0].after[0]",
      message: expect.stringContaining('unknown event "nowhere"'),
    });
  });

  it("accepts a response on the same day as its cause", () => {
    const cause = sampleEvent({ id: "cause", date: "2026-01-07" });
    expect(
      problemsOf([cause, sampleEvent({ id: "reply", date: "2026-01-07", after: ["cause"] })]),
    ).toEqual([]);
  });
});

describe("orderAfterCauses", () => {
  it("returns the same array when nothing has causes", () => {
    const items = [{ id: "a" }, { id: "b" }];
    expect(orderAfterCauses(items, () => undefined)).toBe(items);
  });

  it("never loses an item on a cycle in unvalidated data", () => {
    const items = [
      { id: "a", after: ["b"] },
      { id: "b", after: ["a"] },
      { id: "c", after: undefined },
    ];
    const out = orderAfterCauses(items, (item) => item.after);
    expect(out.map((i) => i.id).sort()).toEqual(["a", "b", "c"]);
  });

  it("resolveOrder reports the cycle without looping", () => {
    const { problems } = resolveOrder([
      { id: "a", startMs: 0, spanEndMs: 10, after: ["b"] },
      { id: "b", startMs: 0, spanEndMs: 10, after: ["a"] },
    ]);
    expect(problems.map((p) => p.kind)).toEqual(["cycle"]);
  });
});

describe("within: an interval the event lies in", () => {
  const remarks = sampleEvent({ id: "remarks", date: "2026", within: "2026-01-09/2026-02-02" });

  it("narrows the span, and is shown as the interval, never as a day", () => {
    const [event] = resolveEvents(smallDataset([remarks]), table);
    if (!event) throw new Error("one event expected");
    expect(event.startMs).toBe(day("2026-01-09"));
    expect(startSpanEndMs(event)).toBe(day("2026-02-03"));
    expect(eventDateLabel(event, "en")).toBe("between 9 January 2026 and 2 February 2026");
    expect(eventDateLabel(event, "es")).toBe("entre 9 de enero de 2026 y 2 de febrero de 2026");
    const open = resolveEvents(smallDataset([{ ...remarks, within: "../2026-02-02" }]), table)[0];
    expect(open && eventDateLabel(open, "en")).toBe("by 2 February 2026");
    expect(open?.startMs).toBe(day("2026-01-01"));
  });

  it("combines with after: the later of the two lower bounds", () => {
    const announced = sampleEvent({ id: "announced", date: "2026-01-20" });
    const events = resolveEvents(
      smallDataset([{ ...remarks, after: ["announced"] }, announced]),
      table,
    );
    expect(events.map((e) => e.id)).toEqual(["announced", "remarks"]);
    expect(events[1]?.startMs).toBe(day("2026-01-20"));
  });

  it("rejects an interval outside the date, impossible dates and ends before starts", () => {
    expect(problemsOf([sampleEvent({ date: "2025-10", within: "2025-11-01/2025-11-30" })])).toEqual(
      [
        {
          path: "events[0].within",
          message: expect.stringContaining('does not overlap the event\'s date "2025-10"'),
        },
      ],
    );
    expect(problemsOf([sampleEvent({ date: "2025", within: "2025-02-30/.." })])).toEqual([
      { path: "events[0].within", message: expect.stringContaining("day 30 does not exist") },
    ]);
    expect(problemsOf([sampleEvent({ date: "2025", within: "2025-05/2025-03" })])).toEqual([
      { path: "events[0].within", message: expect.stringContaining("ends (2025-03) before") },
    ]);
    expect(problemsOf([sampleEvent({ within: "soon" })])[0]?.path).toBe("events[0].within");
  });

  it("lets validation catch an after link the interval contradicts", () => {
    const cause = sampleEvent({ id: "cause", date: "2026-03-01" });
    const problems = problemsOf([cause, { ...remarks, after: ["cause"] }]);
    expect(problems).toEqual([
      {
        path: "events[1].after[0]",
        message: expect.stringMatching(
          /"remarks" is dated 2026 within 2026-01-09\/2026-02-02, .*"cause" starts \(2026-03-01\)/,
        ),
      },
    ]);
  });
});

describe("resolveOrder and orderAfterCauses: worked examples", () => {
  /** An event of one UTC day. */
  const dayEvent = (id: string, date: string, after?: string[]) => ({
    id,
    startMs: day(date),
    spanEndMs: day(date) + 86_400_000,
    ...(after ? { after } : {}),
  });

  it("names only the events on a cycle, not the one that led into it", () => {
    const { problems } = resolveOrder([
      dayEvent("x", "2025-01-03", ["a"]),
      dayEvent("a", "2025-01-02", ["b"]),
      dayEvent("b", "2025-01-02", ["a"]),
    ]);
    expect(problems).toEqual([{ kind: "cycle", index: 2, ref: 0, cycle: ["a", "b", "a"] }]);
  });

  it("reports no contradiction for events before 1970 on a cycle or after an unknown id", () => {
    const { problems, earliestMs } = resolveOrder([
      dayEvent("a", "1962-10-16", ["b"]),
      dayEvent("b", "1962-10-16", ["a"]),
      dayEvent("c", "1962-11-02", ["unknown"]),
    ]);
    expect(problems.map((p) => p.kind)).toEqual(["cycle"]);
    expect(earliestMs[2]).toBe(day("1962-11-02"));
  });

  it("calls a cause that starts exactly when the response's day ends a contradiction", () => {
    const { problems } = resolveOrder([
      dayEvent("cause", "2025-01-02"),
      dayEvent("response", "2025-01-01", ["cause"]),
    ]);
    expect(problems).toEqual([
      {
        kind: "contradiction",
        index: 1,
        ref: 0,
        causeId: "cause",
        causeEarliestMs: day("2025-01-02"),
      },
    ]);
  });

  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  const afterOf = (item: { after?: string[] }) => item.after;

  it("waits for every cause, and releases every event waiting on the same one", () => {
    const both = [{ id: "c", after: ["a", "b"] }, { id: "a" }, { id: "b" }];
    expect(ids(orderAfterCauses(both, afterOf))).toEqual(["a", "b", "c"]);
    const shared = [{ id: "x", after: ["a"] }, { id: "y", after: ["a"] }, { id: "a" }];
    expect(ids(orderAfterCauses(shared, afterOf))).toEqual(["a", "x", "y"]);
  });

  it("ignores an event's link to itself", () => {
    const selfish = [{ id: "s", after: ["s"] }, { id: "t", after: ["s"] }, { id: "u" }];
    expect(ids(orderAfterCauses(selfish, afterOf))).toEqual(["s", "t", "u"]);
  });
});
