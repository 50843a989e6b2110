import { parseCsv } from "../../../src/io/csv/parse.ts";
import { datasetToCsv } from "../../../src/io/csv/serialize.ts";
import { expectDataset, goldstein } from "../fixtures.ts";
import { usColombia } from "../../helpers/render.tsx";

describe("CSV round trip", () => {
  it("brings the bundled dataset back whole", () => {
    const dataset = usColombia();
    const csv = datasetToCsv(dataset, (e) => e.score);
    const back = expectDataset(parseCsv(csv, { goldstein }));
    expect(back).toEqual(dataset);
  });
});

import { exportTimelineJs, parseTimelineJs } from "../../../src/io/timelinejs/parse.ts";
describe("TJS round trip", () => {
  it("brings the bundled dataset back whole", () => {
    const dataset = usColombia();
    const back = expectDataset(parseTimelineJs(JSON.stringify(exportTimelineJs(dataset)), { goldstein }));
    expect(back).toEqual(dataset);
  });
});
