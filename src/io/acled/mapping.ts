/**
 * ACLED event types → CAMEO roots. ACLED codes no conflict–cooperation score, so Détente maps
 * each sub-event type to the CAMEO root that describes the same act, and scores it with that
 * root's Goldstein value. The mapping is Détente's own (data/acled/acled-cameo.tsv, with the
 * CAMEO code each row rests on); every event says so in its score note, and the reader can
 * change any row after the import (the import is then run again with the edited mapping).
 */
import mappingText from "../../../data/acled/acled-cameo.tsv?raw";

/** Sub-event type (or event type, for files without sub-event types) → CAMEO root, "" = unscored. */
export type AcledMapping = Readonly<Record<string, string>>;

/** One row of the mapping as an import used it: what the picker shows and lets the reader edit. */
export interface AcledTypeUse {
  readonly eventType: string;
  readonly subEventType: string;
  /** "" when the type is left unscored. */
  readonly root: string;
  readonly events: number;
}

export interface AcledMappingRow {
  readonly eventType: string;
  readonly subEventType: string;
  readonly root: string;
  readonly basis: string;
}

let rows: AcledMappingRow[] | undefined;

export function defaultAcledRows(): readonly AcledMappingRow[] {
  rows ??= mappingText
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [eventType = "", subEventType = "", root = "", basis = ""] = line.split("\t");
      return { eventType, subEventType, root, basis };
    });
  return rows;
}

/** The root for a row: the reader's edit first, then the table by sub-event type, then by type. */
export function rootFor(
  eventType: string,
  subEventType: string,
  edits: AcledMapping | undefined,
): { root: string; basis: string; edited: boolean } | undefined {
  const key = subEventType || eventType;
  const edit = edits?.[key];
  if (edit !== undefined && (edit === "" || /^(0[1-9]|1\d|20)$/.test(edit)))
    return { root: edit, basis: "the reader's edit", edited: true };
  const table = defaultAcledRows();
  const row =
    table.find(
      (r) => r.subEventType.toLowerCase() === subEventType.toLowerCase() && subEventType !== "",
    ) ??
    table.find(
      (r) => r.eventType.toLowerCase() === eventType.toLowerCase() && r.subEventType === "",
    );
  return row ? { root: row.root, basis: row.basis, edited: false } : undefined;
}

/** The keys the mapping step edits, one per type the file uses. */
export const mappingKey = (use: Pick<AcledTypeUse, "eventType" | "subEventType">): string =>
  use.subEventType || use.eventType;
