/** The dataset that ships with the app, validated like any other input. */
import raw from "../../../data/us-colombia.json?raw";
import { parseDetenteJson } from "./json.ts";
import { bundledGoldsteinTable } from "../../model/goldsteinBundled.ts";
import type { Result } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";

export function loadBundledDataset(): Result<Dataset> {
  return parseDetenteJson(raw, bundledGoldsteinTable());
}
