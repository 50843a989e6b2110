import { parseDateQuery } from "../../src/i18n/dateQuery.ts";

const day = (year: number | undefined, month: number, d: number) => ({ year, month, day: d });
const month = (year: number | undefined, m: number) => ({ year, month: m, day: undefined });

describe("parseDateQuery", () => {
  it.each([
    ["26 January 2025", day(2025, 1, 26)],
    ["January 26, 2025", day(2025, 1, 26)],
    ["january 26 2025", day(2025, 1, 26)],
    ["Jan. 26, 2025", day(2025, 1, 26)],
    ["the 26th of January 2025", day(2025, 1, 26)],
    ["2025-01-26", day(2025, 1, 26)],
    ["2025/1/26", day(2025, 1, 26)],
    ["26 January", day(undefined, 1, 26)],
    ["January 26", day(undefined, 1, 26)],
    ["January 2025", month(2025, 1)],
    ["2025-01", month(2025, 1)],
    ["Sept 2025", month(2025, 9)],
  ])("English: %s", (text, expected) => {
    expect(parseDateQuery(text)).toEqual(expected);
  });

  it.each([
    ["26 de enero de 2025", day(2025, 1, 26)],
    ["26 enero 2025", day(2025, 1, 26)],
    ["26 de enero", day(undefined, 1, 26)],
    ["enero 2025", month(2025, 1)],
    ["enero de 2025", month(2025, 1)],
    ["Septiembre de 2025", month(2025, 9)],
    ["setiembre 2025", month(2025, 9)],
    ["3 de FEBRERO de 2026", day(2026, 2, 3)],
    ["1 dic 2025", day(2025, 12, 1)],
  ])("Spanish: %s", (text, expected) => {
    expect(parseDateQuery(text)).toEqual(expected);
  });

  it.each([
    "",
    "2025",
    "26",
    "May",
    "marzo",
    "tariffs",
    "May 2025 tariffs",
    "deportation flights",
    "31 February 2025",
    "30 February",
    "2025-13-01",
    "2025-02-30",
    "January January 2025",
  ])("not a date: %s", (text) => {
    expect(parseDateQuery(text)).toBeNull();
  });

  it("29 February is a day without a year, and in a leap year, not in others", () => {
    expect(parseDateQuery("29 February")).toEqual(day(undefined, 2, 29));
    expect(parseDateQuery("29 February 2024")).toEqual(day(2024, 2, 29));
    expect(parseDateQuery("29 February 2025")).toBeNull();
  });
});
