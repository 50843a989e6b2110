/**
 * The lookups every browser import uses: the bundled CAMEO → Goldstein table (so imported codes
 * are checked against the same table the charts score with) and GDELT's CAMEO descriptions (so
 * GDELT events get titles such as "Host a visit" instead of a bare code). Vite inlines both.
 */
import descriptionsText from "../../../data/cameo/CAMEO.eventcodes.txt?raw";
import type { GoldsteinTable } from "../../model/cameo.ts";
import { bundledGoldsteinTable } from "../../model/goldsteinBundled.ts";
import { parseCameoDescriptions, type CameoDescriptions } from "../gdelt/cameoDescriptions.ts";

export interface ImportTables {
  readonly goldstein: GoldsteinTable;
  readonly eventDescriptions: CameoDescriptions;
}

let cached: ImportTables | undefined;

/** Parsed on first use, then shared. */
export function importTables(): ImportTables {
  cached ??= {
    goldstein: bundledGoldsteinTable(),
    eventDescriptions: parseCameoDescriptions(descriptionsText),
  };
  return cached;
}
