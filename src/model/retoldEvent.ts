/**
 * An event with its texts in another language: the translated record as its `source`, and
 * everything else (times, scores, dates) read from the event it retells. A copy would have to
 * read every field up front, parsing the dates that index-backed events (eventIndex.ts) only
 * parse when something needs them, for a million events at each change of language.
 */
import type { EdtfInterval, PreciseDate } from "./date.ts";
import type { TimelineEvent } from "./events.ts";
import type { DatasetEvent } from "./schema.ts";

class RetoldEvent implements TimelineEvent {
  constructor(
    private readonly original: TimelineEvent,
    readonly source: DatasetEvent,
  ) {}
  get id(): string {
    return this.original.id;
  }
  get start(): PreciseDate {
    return this.original.start;
  }
  get end(): PreciseDate | undefined {
    return this.original.end;
  }
  get within(): EdtfInterval | undefined {
    return this.original.within;
  }
  get startMs(): number {
    return this.original.startMs;
  }
  get endMs(): number {
    return this.original.endMs;
  }
  get anchorMs(): number {
    return this.original.anchorMs;
  }
  get score(): number {
    return this.original.score;
  }
  get scoreFromCameo(): boolean {
    return this.original.scoreFromCameo;
  }
  get weight(): number {
    return this.original.weight;
  }
  get isSpan(): boolean {
    return this.original.isSpan;
  }
  get context(): boolean {
    return this.original.context;
  }
}

export function retoldEvent(event: TimelineEvent, source: DatasetEvent): TimelineEvent {
  return new RetoldEvent(event, source);
}
