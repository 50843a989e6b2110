/**
 * The line of the event each validation problem of a Détente JSON text is in. Loaded by
 * readDataset.ts only for an invalid file, so the load worker does not carry jsonc-parser's
 * tree for the common, valid case.
 */
import type { Problem } from "../../model/result.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";

export function locateProblems(problems: readonly Problem[], text: string): Problem[] {
  const lines = jsonItemLines(text, ["events"]);
  return problems.map((problem) => {
    const index = /^events\[(\d+)\]/.exec(problem.path)?.[1];
    const line = index === undefined ? undefined : lines(Number(index));
    return line === undefined ? problem : { ...problem, line };
  });
}
