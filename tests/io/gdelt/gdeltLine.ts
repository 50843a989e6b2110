/** GDELT lines for tests: a valid USA → COL row (GDELT 2.0, or 1.0 by column count) with cells set. */
/** A GDELT 2.0 row (61 columns) with the given cells set. */
export function gdeltCells(set: Record<number, string> = {}, count = 61): string[] {
  const row = Array.from({ length: count }, () => "");
  Object.assign(row, {
    0: "101",
    1: "20200311",
    5: "USA",
    6: "UNITED STATES",
    7: "USA",
    12: "GOV",
    15: "COLGOV",
    16: "COLOMBIA",
    17: "COL",
    22: "GOV",
    26: "043",
    29: "1",
    30: "2.8",
    31: "10",
    32: "2",
    33: "9",
    34: "-1.5",
  });
  if (count === 61) Object.assign(row, { 59: "20200312101500", 60: "https://news.example/a" });
  else Object.assign(row, { 56: "20200312" }, count === 58 ? { 57: "https://news.example/b" } : {});
  return Object.assign(row, set);
}
export const gdeltLine = (set: Record<number, string> = {}, count = 61): string =>
  gdeltCells(set, count).join("\t");
