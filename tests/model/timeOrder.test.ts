/**
 * Time order from key columns: the same order a stable comparator sort gives (start ascending,
 * the start date's span end descending, id by code unit), for sorted, date-ordered and shuffled
 * input, shared starts in small and large groups, −0 beside 0, and repeated keys; and the
 * stable order by one numeric key it is built on.
 */
import fc from "fast-check";
import { keyOrder } from "../../src/model/keyOrder.ts";
import { timeOrder } from "../../src/model/timeOrder.ts";

interface Keys {
  readonly starts: number[];
  readonly spanEnds: number[];
  readonly ids: string[];
}

/** What the order must be: every position sorted by one comparator, stably. */
function byComparator({ starts, spanEnds, ids }: Keys): number[] {
  return starts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (starts[a] as number) - (starts[b] as number) ||
        (spanEnds[b] as number) - (spanEnds[a] as number) ||
        ((ids[a] as string) < (ids[b] as string)
          ? -1
          : (ids[a] as string) > (ids[b] as string)
            ? 1
            : 0),
    );
}

function ordered(keys: Keys): number[] {
  return [
    ...timeOrder(
      Float64Array.from(keys.starts),
      Float64Array.from(keys.spanEnds),
      (i) => keys.ids[i] as string,
    ),
  ];
}

/** Keys drawn from few values, so starts, span ends and ids repeat. */
const keys = (maxLength: number) =>
  fc
    .array(
      fc.record({
        start: fc.constantFrom(-86_400_000, -0, 0, 3, 86_400_000, 1e15, -4.3e20),
        spanEnd: fc.integer({ min: 0, max: 3 }),
        id: fc.constantFrom("a", "b", "B", "a-1", "é", "z"),
      }),
      { maxLength },
    )
    .map((items) => ({
      starts: items.map((item) => item.start),
      spanEnds: items.map((item) => item.start + item.spanEnd),
      ids: items.map((item) => item.id),
    }));

describe("timeOrder", () => {
  it("orders as a stable comparator sort does", () => {
    fc.assert(
      fc.property(keys(60), (input) => {
        expect(ordered(input)).toEqual(byComparator(input));
      }),
      { numRuns: 400 },
    );
  });

  it("orders input whose starts already ascend (a file in date order) by its tie-breaks", () => {
    fc.assert(
      fc.property(keys(60), (input) => {
        const positions = input.starts
          .map((_, i) => i)
          .sort((a, b) => (input.starts[a] as number) - (input.starts[b] as number));
        const pick = <T>(list: T[]): T[] => positions.map((i) => list[i] as T);
        const ascending = {
          starts: pick(input.starts),
          spanEnds: pick(input.spanEnds),
          ids: pick(input.ids),
        };
        expect(ordered(ascending)).toEqual(byComparator(ascending));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts groups sharing a start, small ones and large ones alike", () => {
    // 40 events on one start (past the small-group path) and 5 on another, shuffled.
    const starts = [...Array.from({ length: 40 }, () => 10), ...Array.from({ length: 5 }, () => 2)];
    const spanEnds = starts.map((start, i) => start + (i % 3));
    const ids = starts.map((_, i) => `e${(i * 17) % 45}`);
    const input = { starts, spanEnds, ids };
    const order = ordered(input);
    expect(order).toEqual(byComparator(input));
    expect(order.slice(0, 5).every((i) => starts[i] === 2)).toBe(true);
  });

  it("puts a coarser date before the finer dates sharing its start, then orders by id", () => {
    const input = { starts: [5, 5, 5, 1], spanEnds: [6, 36, 6, 2], ids: ["b", "m", "a", "z"] };
    // The month (span end 36) first, then the two days by id.
    expect(ordered(input)).toEqual([3, 1, 2, 0]);
  });

  it("treats −0 and 0 as one start", () => {
    const input = { starts: [0, -0, 0], spanEnds: [1, 1, 1], ids: ["c", "a", "b"] };
    expect(ordered(input)).toEqual([1, 2, 0]);
  });

  it("returns positions in place for input already in order, and handles no events", () => {
    const input = { starts: [1, 2, 2, 3], spanEnds: [2, 9, 3, 4], ids: ["a", "a", "a", "a"] };
    expect(ordered(input)).toEqual([0, 1, 2, 3]);
    expect(ordered({ starts: [], spanEnds: [], ids: [] })).toEqual([]);
  });
});

describe("keyOrder", () => {
  it("orders positions by key, stably, and ends a run at each distinct key", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(-1.5, -0, 0, 2, 2.5, 1e20, -Infinity), { maxLength: 50 }),
        (values) => {
          const keys = Float64Array.from(values);
          const { order, runEnds } = keyOrder(keys);
          const expected = values
            .map((_, i) => i)
            .sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
          expect([...order]).toEqual(expected);
          const distinct = new Set(values).size;
          expect(runEnds).toHaveLength(distinct);
          expect(runEnds.at(-1) ?? 0).toBe(values.length);
          // Each run holds one key, and the next run a larger one.
          let from = 0;
          let previous = -Infinity;
          for (const to of runEnds) {
            const run = [...order.subarray(from, to)].map((i) => keys[i] as number);
            expect(new Set(run).size).toBe(1);
            if (from > 0) expect(run[0] as number).toBeGreaterThan(previous);
            previous = run[0] as number;
            from = to;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
