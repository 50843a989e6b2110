/** Options every importer understands. Format-specific options extend this. */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Party } from "../../model/schema.ts";

export interface ImportOptions {
  /** Shown as the imported file's source title and used for the dataset's fallback title. */
  readonly fileName?: string;
  /** The two parties. Formats without parties default to placeholders (and say so). */
  readonly parties?: readonly [Party, Party];
  /**
   * The CAMEO → Goldstein table. When given, CAMEO codes are checked against it; without it,
   * well-formed codes are kept unchecked (and the report says so).
   */
  readonly goldstein?: GoldsteinTable;
  /** Hears how many rows have been parsed, now and then, for formats parsed whole (CSV). */
  readonly onRows?: (rows: number) => void;
}
