/**
 * A dataset as Détente JSON text. Apart from parsing (json.ts) so that saving never
 * brings the schema validator into the page's first load.
 */
import type { Dataset } from "../../model/schema.ts";

export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
