/**
 * The CSV of the current view: the same extract as the JSON export (the visible events, the
 * sources they cite, the dataset around them), written as a Détente CSV that imports back to it.
 */
import { datasetToCsv } from "../io/csv/serialize.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import { extractDataset, type ExportState, type JsonExportOptions } from "./json.ts";

export function exportCsv(state: ExportState, options: JsonExportOptions): string {
  const scores = new Map(selectVisibleEvents(state).map((e) => [e.id, e.score]));
  return `${datasetToCsv(extractDataset(state, options), (e) => scores.get(e.id))}\r\n`;
}
