/** The Arrow export: the same extract as the JSON export, and it imports back to it exactly. */
import { exportArrowFile } from "../../src/export/arrow.ts";
import { extractDataset } from "../../src/export/json.ts";
import { importDetenteArrow } from "../../src/io/arrow/import.ts";
import { isArrowBytes } from "../../src/io/arrow/magic.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

const NOW = Date.UTC(2026, 1, 10, 12);

describe("Arrow export", () => {
  it.each([
    ["the whole record", Date.UTC(1999, 0, 1), Date.UTC(2027, 0, 1)],
    ["a window", Date.UTC(2025, 0, 1), Date.UTC(2026, 1, 7)],
  ])("%s re-imports to the same dataset as the JSON extract", async (_, from, to) => {
    const state = createDetenteStore({
      dataset: usColombia(),
      goldstein: goldsteinTable(),
      viewport: { from, to },
    }).getState();
    const bytes = await exportArrowFile(state, { lang: "en", now: NOW });
    expect(isArrowBytes(bytes)).toBe(true);
    const result = importDetenteArrow(bytes, { goldstein: goldsteinTable() });
    if (!result.ok) throw new Error(JSON.stringify(result.report.problems));
    expect(result.dataset).toEqual(extractDataset(state, { lang: "en", now: NOW }));
  });
});
