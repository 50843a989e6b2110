/** Yielding to the page: scheduler.yield where there is one, else a timer. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToPage } from "../../src/store/yieldToPage.ts";

describe("yieldToPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("uses scheduler.yield when the browser has it", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it("else waits for a zero-delay timer", async () => {
    vi.stubGlobal("scheduler", undefined);
    vi.useFakeTimers();
    let done = false;
    const waiting = yieldToPage().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    await waiting;
    expect(done).toBe(true);
  });
});
