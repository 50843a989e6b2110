/**
 * The current view as a TimelineJS3 JSON file: the same extract as the JSON export, with what
 * TimelineJS has no field for in its `detente` extension, so the file opens in TimelineJS and
 * imports back into Détente as the same dataset.
 */
import { exportTimelineJs } from "../io/timelinejs/serialize.ts";
import { extractDataset, type ExportState, type JsonExportOptions } from "./json.ts";

export function exportTimelineJsFile(state: ExportState, options: JsonExportOptions): string {
  return `${JSON.stringify(exportTimelineJs(extractDataset(state, options)), null, 2)}\n`;
}
