/**
 * A CPU profile cut to one stretch of time, such as the page's longest task: the usual
 * hot-function listing then says what filled that task (the garbage collector included) rather
 * than what the whole import spent its time on, which on a page is spread over many short tasks
 * a reader never feels.
 */
export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface SampledProfile {
  nodes: ProfileNode[];
  /** Microseconds on the browser's monotonic clock. */
  startTime?: number;
  endTime?: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * The samples taken between `fromMs` and `toMs` on the page's clock (`performance.now()`).
 * `pageNowAtEndMs` is the page's clock read just before the profiler stopped: the profile's end
 * time and it name the same moment, which maps one clock onto the other (to within the few
 * milliseconds between the two calls).
 */
export function profileWindow(
  profile: SampledProfile,
  pageNowAtEndMs: number,
  fromMs: number,
  toMs: number,
): SampledProfile {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const offsetUs = (profile.endTime ?? 0) - pageNowAtEndMs * 1000;
  const fromUs = fromMs * 1000 + offsetUs;
  const toUs = toMs * 1000 + offsetUs;
  let at = profile.startTime ?? 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    if (at < fromUs) continue;
    if (at > toUs) break;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return { nodes: profile.nodes, samples: [], timeDeltas: [] };
  return {
    nodes: profile.nodes,
    samples: samples.slice(first, last + 1),
    // A sample's time is read from the next delta: keep that pairing.
    timeDeltas: deltas.slice(first, last + 2),
  };
}
