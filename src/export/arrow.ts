/**
 * The current view as Détente's Arrow form: the same extract as the JSON export, columnar, for
 * large datasets and for tools that read Arrow (DuckDB, pyarrow, Polars). The writer is a chunk
 * of its own, loaded when this download is asked for: apache-arrow weighs on nothing else. (Only
 * the writer is loaded apart: a chunk holding the extract too would share the store's modules
 * with the first load and split them into more, smaller chunks.)
 */
import { extractDataset, type ExportState, type JsonExportOptions } from "./json.ts";

export async function exportArrowFile(
  state: ExportState,
  options: JsonExportOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const dataset = extractDataset(state, options);
  const { serializeArrow } = await import("../io/arrow/serialize.ts");
  return serializeArrow(dataset);
}
