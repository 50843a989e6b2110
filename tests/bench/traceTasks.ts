/**
 * A Chrome trace recorded with V8's sampling profiler (`npm run bench -- --trace=DIR`), read for
 * what filled its long tasks: the page's main-thread tasks over a threshold, and its samples as
 * the CPU profile the bench already lists hot functions from (profileWindow.ts cuts it to a
 * task), so a long task is read as "its stacking, its GC", not as a number.
 */
import type { ProfileNode, SampledProfile } from "./profileWindow.ts";

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
      readonly cpuProfile?: {
        nodes?: (Omit<ProfileNode, "children"> & { parent?: number })[];
        samples?: number[];
      };
      readonly timeDeltas?: number[];
    };
  };
}

/** The categories a trace needs for this reading (and for reading it in DevTools). */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
].join(",");

const threadOf = (event: TraceEvent): string => `${event.pid}:${event.tid}`;

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map(threadOf),
  );
}

/** The main thread's tasks over `thresholdMs`, in time order, in the trace's microseconds. */
export function longTasks(
  events: readonly TraceEvent[],
  thresholdMs = 50,
): { readonly startUs: number; readonly durationUs: number }[] {
  const main = mainThreads(events);
  return events
    .filter(
      (e) =>
        main.has(threadOf(e)) &&
        e.ph === "X" &&
        e.name === "RunTask" &&
        (e.dur ?? 0) > thresholdMs * 1000,
    )
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ startUs: e.ts, durationUs: e.dur ?? 0 }));
}

/**
 * The main thread's CPU profiles, rebuilt from the trace's chunks: nodes with their children,
 * samples and deltas, on the trace's clock (`endTime`: the last sample's time).
 */
export function mainThreadProfiles(events: readonly TraceEvent[]): SampledProfile[] {
  const main = mainThreads(events);
  const profiles = new Map<string, SampledProfile & { nodes: ProfileNode[] }>();
  for (const e of events)
    if (e.name === "Profile" && e.id !== undefined && main.has(threadOf(e)))
      profiles.set(e.id, {
        nodes: [],
        startTime: e.args?.data?.startTime ?? 0,
        samples: [],
        timeDeltas: [],
      });
  const parents = new Map<SampledProfile, Map<number, number>>();
  for (const e of events) {
    const profile = e.name === "ProfileChunk" && e.id !== undefined && profiles.get(e.id);
    if (!profile) continue;
    const { cpuProfile, timeDeltas = [] } = e.args?.data ?? {};
    const parentOf = parents.get(profile) ?? new Map<number, number>();
    parents.set(profile, parentOf);
    for (const { parent, id, callFrame } of cpuProfile?.nodes ?? []) {
      // A trace leaves out what a native frame lacks ("(program)" has no url).
      const {
        functionName = "",
        url = "",
        lineNumber = -1,
      } = callFrame as Partial<ProfileNode["callFrame"]>;
      const node = { id, callFrame: { functionName, url, lineNumber } };
      profile.nodes.push(node);
      if (parent !== undefined) parentOf.set(node.id, parent);
    }
    profile.samples?.push(...(cpuProfile?.samples ?? []));
    profile.timeDeltas?.push(...timeDeltas);
  }
  return [...profiles.values()].map((profile) => {
    const parentOf = parents.get(profile) ?? new Map<number, number>();
    const byId = new Map(
      profile.nodes.map((node) => [node.id, { ...node, children: [] as number[] }]),
    );
    for (const [child, parent] of parentOf) byId.get(parent)?.children.push(child);
    const endTime = (profile.timeDeltas ?? []).reduce((at, d) => at + d, profile.startTime ?? 0);
    return { ...profile, nodes: [...byId.values()], endTime };
  });
}
