/**
 * What filled a page's long tasks, from a Chrome trace recorded with V8's sampling profiler
 * (`npm run bench -- --trace=DIR`): for each main-thread task over the threshold, the functions
 * its samples fell in (self time), so a long task is read as "its stacking, its GC", not as a
 * number. A sample lands every ~0.25 ms; the counts are shares of the task, not exact times.
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly startTime?: number;
      readonly cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      readonly timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The categories a trace needs for this summary (and for reading it in DevTools). */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
].join(",");

export function longTaskSummary(
  events: readonly TraceEvent[],
  thresholdMs = 50,
  top = 8,
): string[] {
  const thread = (e: TraceEvent): string => `${e.pid}:${e.tid}`;
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map(thread),
  );
  // Each profile's samples with their times, rebuilt from its chunks.
  const profiles = new Map<
    string,
    { thread: string; time: number; nodes: Map<number, ProfileNode>; samples: [number, number][] }
  >();
  for (const e of events) {
    if (e.name === "Profile" && e.id !== undefined)
      profiles.set(e.id, {
        thread: thread(e),
        time: e.args?.data?.startTime ?? 0,
        nodes: new Map(),
        samples: [],
      });
  }
  for (const e of events) {
    const profile = e.name === "ProfileChunk" && e.id !== undefined && profiles.get(e.id);
    if (!profile) continue;
    const { cpuProfile, timeDeltas = [] } = e.args?.data ?? {};
    for (const node of cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile?.samples ?? []).forEach((node, i) => {
      profile.time += timeDeltas[i] ?? 0;
      profile.samples.push([profile.time, node]);
    });
  }
  const lines: string[] = [];
  const tasks = events
    .filter(
      (e) =>
        main.has(thread(e)) &&
        e.ph === "X" &&
        e.name === "RunTask" &&
        (e.dur ?? 0) > thresholdMs * 1000,
    )
    .sort((a, b) => a.ts - b.ts);
  const first = Math.min(...events.filter((e) => e.ph === "X").map((e) => e.ts));
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const self = new Map<string, number>();
    let samples = 0;
    for (const profile of profiles.values()) {
      if (!main.has(profile.thread)) continue;
      for (const [time, id] of profile.samples) {
        if (time < task.ts || time > end) continue;
        samples++;
        const frame = profile.nodes.get(id)?.callFrame;
        const where = frame?.url ? ` ${frame.url.split("/").pop()}:${frame.lineNumber + 1}` : "";
        const key = `${frame?.functionName || "(anonymous)"}${where}`;
        self.set(key, (self.get(key) ?? 0) + 1);
      }
    }
    lines.push(
      `    task of ${((task.dur ?? 0) / 1000).toFixed(1)} ms at ${((task.ts - first) / 1000).toFixed(0)} ms (${samples} samples):`,
    );
    for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(
        `      ${String(Math.round((100 * count) / Math.max(samples, 1))).padStart(3)}%  ${key}`,
      );
  }
  return lines;
}
