/**
 * Ends the current task so the page can paint and answer input before the work goes on: long
 * work split at these points is many short tasks instead of one that freezes the page.
 * `scheduler.yield()` where the browser has it (the work resumes ahead of other queued tasks),
 * else a zero-delay timer.
 */
interface YieldingScheduler {
  readonly yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
