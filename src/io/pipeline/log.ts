/**
 * Collects what happens during an import and renders it as an ImportReport. Reasons and
 * warnings are grouped so a file with 10,000 bad rows yields one line per kind of trouble,
 * not 10,000 lines; only the first few line numbers and problems are kept.
 */
import type { Problem } from "../../model/result.ts";
import type { ImportFormat, ImportReport, SkipGroup } from "./report.ts";

/** Line numbers kept per group: enough to find the rows, few enough to read. */
export const MAX_LINES_PER_GROUP = 10;
export const MAX_PROBLEMS = 50;

interface Group {
  count: number;
  lines: number[];
}

interface WarningGroup extends Group {
  render: (count: number) => string;
}

export class ImportLog {
  private readonly skips = new Map<string, Group>();
  private readonly warnings = new Map<string, WarningGroup>();
  private readonly problems: Problem[] = [];
  private problemCount = 0;

  /** Counts a row left out. `detail`, when given, also becomes a located problem. */
  skip(reason: string, line?: number, detail?: string): void {
    const group = this.group(this.skips, reason, () => ({ count: 0, lines: [] }));
    addLine(group, line);
    if (detail !== undefined) this.problem(detail, line);
  }

  /**
   * Counts one occurrence of a kind of warning. `render` turns the final count into the
   * sentence, so "1 event has" and "3 events have" read right.
   */
  warn(key: string, render: (count: number) => string, line?: number): void {
    const group = this.group(this.warnings, key, () => ({ count: 0, lines: [], render }));
    addLine(group, line);
  }

  problem(message: string, line?: number, column?: number): void {
    this.problemCount++;
    if (this.problems.length >= MAX_PROBLEMS) return;
    const path = line === undefined ? "(file)" : `line ${line}`;
    const problem: Problem = {
      path: column === undefined || line === undefined ? path : `${path}, column ${column}`,
      message,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    };
    this.problems.push(problem);
  }

  addProblems(problems: readonly Problem[]): void {
    for (const p of problems) {
      this.problemCount++;
      if (this.problems.length < MAX_PROBLEMS) this.problems.push(p);
    }
  }

  get skippedCount(): number {
    let total = 0;
    for (const group of this.skips.values()) total += group.count;
    return total;
  }

  report(format: ImportFormat, eventsTaken: number): ImportReport {
    const skipped: SkipGroup[] = [...this.skips].map(([reason, g]) => ({
      reason,
      count: g.count,
      lines: g.lines,
    }));
    const warnings = [...this.warnings.values()].map((g) => g.render(g.count) + linesSuffix(g));
    const problems = [...this.problems];
    const hidden = this.problemCount - problems.length;
    if (hidden > 0)
      problems.push({ path: "(file)", message: `…and ${hidden} more problems not listed` });
    return { format, eventsTaken, skipped, warnings, problems };
  }

  private group<G>(map: Map<string, G>, key: string, create: () => G): G {
    let group = map.get(key);
    if (!group) {
      group = create();
      map.set(key, group);
    }
    return group;
  }
}

function addLine(group: Group, line: number | undefined): void {
  group.count++;
  if (line !== undefined && group.lines.length < MAX_LINES_PER_GROUP) group.lines.push(line);
}

function linesSuffix(group: Group): string {
  if (group.lines.length === 0) return "";
  const more = group.count > group.lines.length ? ", …" : "";
  const word = group.lines.length === 1 && group.count === 1 ? "line" : "lines";
  return ` (${word} ${group.lines.join(", ")}${more})`;
}

/** "1 event" / "3 events": counts in report sentences. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
