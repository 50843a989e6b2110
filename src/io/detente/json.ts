/** The native format: Détente JSON, checked against the dataset schema. */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Result } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";
import { validateDataset } from "../../model/validate.ts";
import { parseJsonText } from "../shared/jsonText.ts";

export function parseDetenteJson(text: string, goldstein: GoldsteinTable): Result<Dataset> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return validateDataset(json.value, goldstein);
}
