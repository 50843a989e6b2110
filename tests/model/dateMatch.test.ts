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

  it("a span known to its months matches those months, never a day inside them", () => {
    const months = event("2025-03", "2025-05");
    expect(matchesDate(months, q(2025, 4))).toBe(true);
    expect(matchesDate(months, q(2025, 4, 10))).toBe(false);
  });

  it("a span from a day to a month runs to that month's end, and matches its months only", () => {
    const toMonth = event("2025-01-30", "2025-03");
    expect(matchesDate(toMonth, q(2025, 3, 31))).toBe(true);
    expect(matchesDate(toMonth, q(2025, 4, 1))).toBe(false);
    expect(matchesDate(toMonth, q(2025, 3))).toBe(true);
    expect(matchesDate(toMonth, q(2025, 4))).toBe(false);
  });

  it("a span of many years is searched in each of them", () => {
    const long = event("1900-06-01", "2100-06-01");
    expect(matchesDate(long, q(undefined, 7, 4))).toBe(true);
    expect(matchesDate(long, q(2099, 7, 4))).toBe(true);
  });
});
