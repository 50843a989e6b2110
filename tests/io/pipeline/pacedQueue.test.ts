/**
 * The page's queue for a worker's messages: light messages run at once in the task that brought
 * them, in order; after a heavy one the queue rests (about as long as it took, at most 50 ms)
 * and the messages arriving meanwhile wait their turn, run a few at a time; stopping drops what
 * is left.
 */
import { needsPacing, PACE_FROM_EVENTS, PacedQueue } from "../../../src/io/pipeline/pacedQueue.ts";

/** A clock the jobs advance, and rests the test ends by hand. */
function scripted() {
  let time = 0;
  const rests: { ms: number; then: () => void }[] = [];
  const queue = new PacedQueue(
    () => time,
    (ms, then) => rests.push({ ms, then }),
  );
  const job = (name: string, takes: number, log: string[]) => () => {
    log.push(name);
    time += takes;
  };
  const tick = (ms: number): void => {
    time += ms;
  };
  return { queue, rests, job, tick };
}

describe("PacedQueue", () => {
  it("runs light jobs at once, in order", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.push(job("a", 1, log));
    queue.push(job("b", 3.9, log));
    expect(log).toEqual(["a", "b"]);
    expect(rests).toEqual([]);
  });

  it("rests after a heavy job for as long as it took, and runs what came meanwhile in order", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.push(job("heavy", 12, log));
    queue.push(job("b", 1, log));
    queue.push(job("c", 1, log));
    expect(log).toEqual(["heavy"]);
    expect(rests.map((rest) => rest.ms)).toEqual([12]);
    rests[0]?.then();
    expect(log).toEqual(["heavy", "b", "c"]);
    expect(rests).toHaveLength(1);
    // Rested and idle again: the next light job runs at once.
    queue.push(job("d", 1, log));
    expect(log).toEqual(["heavy", "b", "c", "d"]);
  });

  it("rests again after each heavy job, never longer than 50 ms", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.push(job("first", 4, log));
    queue.push(job("second", 400, log));
    queue.push(job("third", 1, log));
    expect(rests.map((rest) => rest.ms)).toEqual([4]);
    rests[0]?.then();
    expect(log).toEqual(["first", "second"]);
    expect(rests.map((rest) => rest.ms)).toEqual([4, 50]);
    rests[1]?.then();
    expect(log).toEqual(["first", "second", "third"]);
  });

  it("runs the light jobs that waited through a rest a few at a time, resting between", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.push(job("heavy", 10, log));
    for (const name of ["a", "b", "c", "d", "e"]) queue.push(job(name, 1.5, log));
    rests[0]?.then();
    // 1.5 + 1.5 + 1.5 ms reach the 4 ms a heavy job takes: a rest as long, then the rest.
    expect(log).toEqual(["heavy", "a", "b", "c"]);
    expect(rests.map((rest) => rest.ms)).toEqual([10, 4.5]);
    rests[1]?.then();
    expect(log).toEqual(["heavy", "a", "b", "c", "d", "e"]);
    expect(rests).toHaveLength(2);
  });

  it("drops the jobs left when stopped, and ignores later ones", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.push(job("heavy", 10, log));
    queue.push(job("waiting", 1, log));
    queue.stop();
    rests[0]?.then();
    queue.push(job("late", 1, log));
    expect(log).toEqual(["heavy"]);
  });

  it("does not rest after a heavy job that stopped the queue", () => {
    const { queue, rests, tick } = scripted();
    queue.push(() => {
      tick(20);
      queue.stop();
    });
    expect(rests).toEqual([]);
  });

  it("rests on a real timer by default", async () => {
    vi.useFakeTimers();
    try {
      const log: string[] = [];
      let time = 0;
      const queue = new PacedQueue(() => time);
      queue.push(() => {
        log.push("heavy");
        time += 30;
      });
      queue.push(() => log.push("next"));
      await vi.advanceTimersByTimeAsync(29);
      expect(log).toEqual(["heavy"]);
      await vi.advanceTimersByTimeAsync(1);
      expect(log).toEqual(["heavy", "next"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("runs heavy jobs back to back when told not to pace, and rests again when told to", () => {
    const { queue, rests, job } = scripted();
    const log: string[] = [];
    queue.pace(false);
    queue.push(job("heavy", 12, log));
    queue.push(job("heavier", 40, log));
    expect(log).toEqual(["heavy", "heavier"]);
    expect(rests).toEqual([]);
    queue.pace(true);
    queue.push(job("paced", 12, log));
    queue.push(job("waits", 1, log));
    expect(log).toEqual(["heavy", "heavier", "paced"]);
    expect(rests.map((rest) => rest.ms)).toEqual([12]);
  });

  it("paces hand-overs of large datasets only", () => {
    expect(PACE_FROM_EVENTS).toBe(300_000);
    expect(needsPacing(100_000)).toBe(false);
    expect(needsPacing(PACE_FROM_EVENTS - 1)).toBe(false);
    expect(needsPacing(PACE_FROM_EVENTS)).toBe(true);
    expect(needsPacing(1_334_215)).toBe(true);
  });
});
