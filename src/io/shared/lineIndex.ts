/** Character offset → 1-based line number, by binary search over precomputed line starts. */
import { bisectRight } from "d3-array";

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
      this.starts.push(i + 1);
    }
  }

  lineOf(offset: number): number {
    // The line starts at or before the offset are the lines up to its own (an offset before the
    // text counts as on the first line).
    return Math.max(bisectRight(this.starts, offset), 1);
  }

  columnOf(offset: number): number {
    return offset - (this.starts[this.lineOf(offset) - 1] ?? 0) + 1;
  }
}
