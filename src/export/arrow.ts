/**
 * The current view as Détente's Arrow form: the same extract as the JSON export, columnar, for
 * large datasets and for tools that read Arrow (DuckDB, pyarrow, Polars). A chunk of its own,
 * loaded when this download is asked for: apache-arrow weighs on nothing else.
 */
import { serializeArrow } from "../io/arrow/serialize.ts";
import { extractDataset, type ExportState, type JsonExportOptions } from "./json.ts";

export function exportArrowFile(
  state: ExportState,
  options: JsonExportOptions,
): Uint8Array<ArrayBuffer> {
  return serializeArrow(extractDataset(state, options));
}
