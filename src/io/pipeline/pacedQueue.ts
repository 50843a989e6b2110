/**
 * Runs a worker's messages on the page in order, and after a heavy one rests for about as long
 * as it took before running the next. A million events handed over back to back allocate so
 * fast that V8 makes the page's own thread do the collector's marking (tens of milliseconds of
 * it inside each message) and then pause for a large collection; resting between batches lets
 * the collector's background threads keep up, so each message stays a short task. Light messages
 * run at once, in the task that delivered them; messages that waited through a rest run until
 * they have taken as long as a heavy one, and the queue rests again.
 */
const HEAVY_MS = 4;
const MAX_REST_MS = 50;

/**
 * Datasets from which the queue rests. Below it the page's heap stays small (43 MB at 100,000
 * events) and the collector keeps up unaided: resting there only made the reader wait, about
 * 0.15 s of a 100,000-event load (the bench, builds with and without it alternated four rounds).
 */
export const PACE_FROM_EVENTS = 300_000;

/** Whether a hand-over of `events` events needs rests between its batches. */
export const needsPacing = (events: number): boolean => events >= PACE_FROM_EVENTS;

export class PacedQueue {
  readonly #jobs: (() => void)[] = [];
  #resting = false;
  #stopped = false;
  #pacing = true;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly rest: (ms: number, then: () => void) => void = (ms, then) => {
      setTimeout(then, ms);
    },
  ) {}

  /** Runs `job` now, or after the jobs before it and the rest they asked for. */
  push(job: () => void): void {
    if (this.#stopped) return;
    this.#jobs.push(job);
    if (!this.#resting) this.#drain();
  }

  /** Rest after heavy jobs (the default), or run every job as soon as it comes. */
  pace(on: boolean): void {
    this.#pacing = on;
  }

  /** Drops the jobs not yet run; later pushes are ignored. */
  stop(): void {
    this.#stopped = true;
    this.#jobs.length = 0;
  }

  #drain(): void {
    // Timed from the drain's start, not per job: after a rest, the light messages that arrived
    // meanwhile (dozens of source batches, 2 to 3 ms each) ran back to back in one task, and the
    // collector's pause landed inside it (a 299 ms task on the 1.3-million-row import).
    const started = this.now();
    for (let job = this.#jobs.shift(); job; job = this.#jobs.shift()) {
      job();
      const took = this.now() - started;
      if (this.#pacing && took >= HEAVY_MS && !this.#stopped) {
        this.#resting = true;
        this.rest(Math.min(took, MAX_REST_MS), () => {
          this.#resting = false;
          this.#drain();
        });
        return;
      }
    }
  }
}
