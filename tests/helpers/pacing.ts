/**
 * For tests of a paced hand-over (io/pipeline/pacedQueue.ts): messages delivered on a clock where
 * every message takes 10 ms, and whether the outcome came at once or only after the rests.
 */
import type { EventIndex } from "../../src/model/eventIndex.ts";

/** A worker's message, with an index announcing `events` events if it is the index. */
export function announcing<M extends { readonly type: string }>(message: M, events: number): M {
  if (message.type !== "index" || !("index" in message)) return message;
  const { index } = message as M & { readonly index: EventIndex };
  // The index says how many events follow: this many (its other columns stay as sent).
  return { ...message, index: { ...index, order: new Uint32Array(events) } };
}

/**
 * Runs `deliver` (which hands the messages over and returns the outcome) with setTimeout faked
 * and each reading of the clock 10 ms after the last; says whether the outcome was in before any
 * rest ran, and its kind once every rest has.
 */
export async function deliveredOnTenMsClock(
  deliver: () => Promise<{ readonly kind: string }>,
): Promise<{ atOnce: boolean; kind: string }> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  let clock = 0;
  const now = vi.spyOn(performance, "now").mockImplementation(() => (clock += 10));
  try {
    let kind = "";
    void deliver().then((outcome) => (kind = outcome.kind));
    await vi.advanceTimersByTimeAsync(0);
    const atOnce = kind !== "";
    await vi.runAllTimersAsync();
    return { atOnce, kind };
  } finally {
    now.mockRestore();
    vi.useRealTimers();
  }
}
