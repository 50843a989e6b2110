import { matchesDate, type DateQuery } from "../../src/model/dateMatch.ts";
import { mustParseEdtf } from "../../src/model/date.ts";

const event = (date: string, end?: string) => ({
  start: mustParseEdtf(date),
  end: end === undefined ? undefined : mustParseEdtf(end),
});
const q = (year: number | undefined, month: number, day?: number): DateQuery => ({
  year,
  month,
  day,
});

describe("matchesDate", () => {
  it("a day finds the events of that day only", () => {
    expect(matchesDate(event("2025-01-26"), q(2025, 1, 26))).toBe(true);
    expect(matchesDate(event("2025-01-27"), q(2025, 1, 26))).toBe(false);
    expect(matchesDate(event("2024-01-26"), q(2025, 1, 26))).toBe(false);
  });

  it("an event known to its month matches the month, never a day inside it", () => {
    expect(matchesDate(event("2025-05"), q(2025, 5))).toBe(true);
    expect(matchesDate(event("2025-05"), q(2025, 5, 1))).toBe(false);
    expect(matchesDate(event("2025-05"), q(2025, 5, 15))).toBe(false);
  });

  it("an event known to its year matches neither its months nor its days", () => {
    expect(matchesDate(event("2026"), q(2026, 1))).toBe(false);
    expect(matchesDate(event("2026"), q(2026, 1, 1))).toBe(false);
  });

  it("a month finds the day-precise events inside it", () => {
    expect(matchesDate(event("2025-01-26"), q(2025, 1))).toBe(true);
    expect(matchesDate(event("2025-02-01"), q(2025, 1))).toBe(false);
  });

  it("without a year, the day or month of any year", () => {
    expect(matchesDate(event("2025-01-26"), q(undefined, 1, 26))).toBe(true);
    expect(matchesDate(event("2019-01-26"), q(undefined, 1, 26))).toBe(true);
    expect(matchesDate(event("2019-01-25"), q(undefined, 1, 26))).toBe(false);
    expect(matchesDate(event("2019-03"), q(undefined, 3))).toBe(true);
  });

  it("a span matches the days and months it covers", () => {
    const span = event("2025-01-30", "2025-02-02");
    expect(matchesDate(span, q(2025, 2, 1))).toBe(true);
    expect(matchesDate(span, q(2025, 2, 3))).toBe(false);
    expect(matchesDate(span, q(2025, 2))).toBe(true);
    expect(matchesDate(span, q(2025, 3))).toBe(false);
    expect(matchesDate(event("2024-12-30", "2025-01-02"), q(undefined, 1, 1))).toBe(true);
  });
});
