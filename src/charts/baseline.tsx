/**
 * The news-coded baseline: a daily.csv (`npm run aggregate`) drawn on the tension chart as a
 * second line, computed with the same model, weights and half-life as a GDELT import's line
 * (io/gdelt/tension.ts, model/tension.ts). The fetch, the parser and those weights (io/baseline) and the words
 * (charts/BaselineNote.tsx) load only when a baseline is asked for; they import nothing the first
 * load also needs, so they never split it into more files.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { BaselineLoad } from "../io/baseline/loadBaseline.ts";
import { MS_PER_DAY } from "../model/date.ts";
import { computeTension, type TensionInput } from "../model/tension.ts";
import type { BaselineLine } from "../scene/tensionScene.ts";
import { useDetente } from "../store/context.tsx";

export type BaselineState =
  | { readonly status: "loading"; readonly url: string }
  | { readonly status: "failed"; readonly url: string; readonly reason: string }
  | {
      readonly status: "ready";
      readonly url: string;
      /** Days between the parties in the file. */
      readonly days: number;
      readonly skipped: number;
      readonly firstProblem: { readonly line: number; readonly message: string } | undefined;
      readonly inputs: readonly TensionInput[];
    };

const BaselineContext = createContext<BaselineState | undefined>(undefined);

export function useBaseline(): BaselineState | undefined {
  return useContext(BaselineContext);
}

/** Resolves an address the page may fetch, or says why not (the `?src=` rule for links). */
export type BaselineCheck = (url: string) => Promise<{ url: string } | { reason: string }>;

interface ProviderProps {
  /** Address of a daily.csv; undefined or empty: no baseline. */
  readonly url: string | undefined;
  /** Checks a link's address; absent when the host page chose it (prop, attribute). */
  readonly check?: BaselineCheck | undefined;
  readonly children: ReactNode;
}

export function BaselineProvider({ url, check, children }: ProviderProps) {
  const parties = useDetente((s) => s.dataset.parties);
  const [a, b] = [parties[0].code, parties[1].code];
  const [loaded, setLoaded] = useState<{ key: string; load: BaselineLoad }>();
  const key = `${url ?? ""}|${a}|${b}`;
  useEffect(() => {
    if (!url) return;
    const abort = new AbortController();
    const load = async (): Promise<BaselineLoad> => {
      const checked = check ? await check(url) : { url };
      if ("reason" in checked) return { ok: false, reason: checked.reason };
      const { loadBaseline } = await import("../io/baseline/loadBaseline.ts");
      return loadBaseline(checked.url, [a, b], abort.signal);
    };
    void load().then((result) => {
      if (!abort.signal.aborted) setLoaded({ key, load: result });
    });
    return () => abort.abort();
  }, [url, a, b, check, key]);
  const state = useMemo((): BaselineState | undefined => {
    if (!url) return undefined;
    if (loaded?.key !== key) return { status: "loading", url };
    const { load } = loaded;
    if (!load.ok) return { status: "failed", url, reason: load.reason };
    return {
      status: "ready",
      url,
      days: load.impulses.length,
      skipped: load.skipped,
      firstProblem: load.firstProblem,
      inputs: load.inputs,
    };
  }, [url, key, loaded]);
  return <BaselineContext.Provider value={state}>{children}</BaselineContext.Provider>;
}

/** Impulses this long before the range no longer move the line (2^−20 of their size). */
const DECAYED_HALF_LIVES = 20;

/**
 * The baseline's line over the curated line's days with its half-life. Days long before the
 * range have decayed to nothing and are left out, so a baseline of many years never makes the
 * walk longer than the chart's own; the line is drawn only over the days the file covers.
 */
export function useBaselineSeries(
  fromDay: number,
  toDay: number,
  halfLife: number,
): BaselineLine | undefined {
  const baseline = useBaseline();
  const inputs = baseline?.status === "ready" ? baseline.inputs : undefined;
  return useMemo(() => {
    if (!inputs || toDay < fromDay) return undefined;
    const earliest = (fromDay - DECAYED_HALF_LIVES * halfLife) * MS_PER_DAY;
    const latest = (toDay + 1) * MS_PER_DAY;
    const near = inputs.filter((input) => input.startMs >= earliest && input.startMs < latest);
    if (near.length === 0) return undefined;
    const firstDay = Math.floor((near[0]?.startMs ?? 0) / MS_PER_DAY);
    const lastDay = Math.floor((near[near.length - 1]?.startMs ?? 0) / MS_PER_DAY);
    const series = computeTension(near, { halfLife }, { fromDay, toDay });
    return { series, firstDay: Math.max(firstDay, fromDay), lastDay: Math.min(lastDay, toDay) };
  }, [inputs, fromDay, toDay, halfLife]);
}
