/**
 * One PLOVER event, whichever way it arrived (a POLECAT tab-separated row or a PLOVER JSON
 * record), → the shared event record. Both name the same fields; only their spelling differs.
 */
import { countryCode } from "../eventdata/countries.ts";
import { readDay } from "../eventdata/dates.ts";
import type { EventRecord } from "../eventdata/record.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { plural } from "../pipeline/log.ts";
import { ploverQuad, ploverScore } from "./scores.ts";

export interface PloverFields {
  readonly line: number;
  readonly id: string;
  readonly date: string;
  readonly eventType: string;
  /** One or more modes ("visit", "phone"); several are separated by ";" or ",". */
  readonly mode: string;
  readonly context: string;
  readonly sourceName: string;
  readonly sourceCountry: string;
  readonly targetName: string;
  readonly targetCountry: string;
  readonly text: string;
  readonly url: string;
  readonly publisher: string;
}

export function ploverRecord(fields: PloverFields, log: ImportLog): EventRecord | undefined {
  const date = readDay(fields.date);
  if (!date) {
    log.skip(
      "invalid event date",
      fields.line,
      `event date "${fields.date.slice(0, 20)}" is not a YYYY-MM-DD date`,
    );
    return undefined;
  }
  const type = fields.eventType.trim().toUpperCase();
  if (type === "") {
    log.skip("no event type", fields.line, "the event has no PLOVER event type");
    return undefined;
  }
  const modes = fields.mode
    .split(/[;,|]/)
    .map((mode) => mode.trim())
    .filter((mode) => mode !== "");
  const scored = ploverScore(type, modes);
  if (!scored)
    log.warn(
      "plover-type",
      (n) =>
        `${plural(n, "event has a type", "events have types")} outside PLOVER's list: scored 0`,
      fields.line,
    );
  const country = (cell: string): string => {
    const code = countryCode(cell) ?? "";
    if (cell.trim() !== "" && code === "")
      log.warn(
        "plover-country",
        (n) => `${plural(n, "country was", "countries were")} not recognised`,
        fields.line,
      );
    return code;
  };
  const from = fields.sourceName || fields.sourceCountry || "Unnamed actor";
  const to = fields.targetName || fields.targetCountry || "unnamed recipient";
  const what = `${type}${modes.length > 0 ? ` (${modes.join(", ")})` : ""}`;
  return {
    line: fields.line,
    id: fields.id,
    date,
    source: { country: country(fields.sourceCountry), name: fields.sourceName, role: "" },
    target: { country: country(fields.targetCountry), name: fields.targetName, role: "" },
    score: scored?.score ?? 0,
    scoreNote:
      scored?.note ?? `PLOVER type ${type} is not in the PLOVER score table: unscored (0).`,
    title: `${from} → ${to}: ${what}`,
    summary:
      (fields.text ? `${fields.text} ` : "") +
      `PLOVER ${what}${fields.context ? `, context ${fields.context}` : ""}.`,
    topic: ploverQuad(type) ?? "Other",
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.publisher ? { publisher: fields.publisher } : {}),
    ...(fields.id ? { fileNote: `PLOVER event ${fields.id}` } : {}),
  };
}
