/**
 * PLOVER event type (and mode) → conflict–cooperation score, from data/plover/plover-scores.tsv.
 *
 * The PLOVER manual (Open Event Data Alliance, PLOVER_MANUAL.tex, draft 0.7b1) files each event
 * type under a quad category but, in the versions we could read, publishes no numeric score
 * table. The table is therefore derived, and says so: PLOVER's own CAMEO → PLOVER crosswalk
 * (CAMEO2PLOVER-2021.txt in the same repository) lists which CAMEO codes each type and mode
 * collapses; a type's score is the mean Goldstein value (GDELT's CAMEO.goldsteinscale.txt) of
 * those codes, and a mode's the mean over the codes of that mode. Mode first, where known.
 */
import scoresText from "../../../data/plover/plover-scores.tsv?raw";

interface ScoreRow {
  readonly score: number;
  readonly codes: string;
}

let table: Map<string, ScoreRow> | undefined;

function scores(): Map<string, ScoreRow> {
  if (table) return table;
  table = new Map();
  for (const line of scoresText.split(/\r?\n/).slice(1)) {
    const [type = "", mode = "", score = "", codes = ""] = line.split("\t");
    if (type !== "" && score !== "") table.set(`${type}|${mode}`, { score: Number(score), codes });
  }
  return table;
}

export interface PloverScore {
  readonly score: number;
  readonly note: string;
}

/** The score of an event type ("ASSAULT") and its modes ("firearms"), or undefined. */
export function ploverScore(type: string, modes: readonly string[]): PloverScore | undefined {
  const eventType = type.trim().toUpperCase();
  for (const mode of modes) {
    const row = scores().get(`${eventType}|${mode.trim().toLowerCase()}`);
    if (row)
      return {
        score: row.score,
        note: `Derived: PLOVER ${eventType} (mode ${mode.trim().toLowerCase()}) scored ${row.score}, the mean Goldstein value of the CAMEO codes PLOVER's crosswalk maps to it (${row.codes}).`,
      };
  }
  const row = scores().get(`${eventType}|`);
  return row
    ? {
        score: row.score,
        note: `Derived: PLOVER ${eventType} scored ${row.score}, the mean Goldstein value of the CAMEO codes PLOVER's crosswalk maps to it.`,
      }
    : undefined;
}

/** PLOVER's quad category of each event type, as the manual files them. */
const QUADS: Record<string, string> = {
  AGREE: "Verbal cooperation",
  CONSULT: "Verbal cooperation",
  SUPPORT: "Verbal cooperation",
  CONCEDE: "Verbal cooperation",
  COOPERATE: "Material cooperation",
  AID: "Material cooperation",
  RETREAT: "Material cooperation",
  REQUEST: "Verbal cooperation",
  ACCUSE: "Verbal conflict",
  REJECT: "Verbal conflict",
  THREATEN: "Verbal conflict",
  DEMAND: "Verbal conflict",
  PROTEST: "Material conflict",
  SANCTION: "Material conflict",
  MOBILIZE: "Material conflict",
  COERCE: "Material conflict",
  ASSAULT: "Material conflict",
};

export const ploverQuad = (type: string): string | undefined => QUADS[type.trim().toUpperCase()];
