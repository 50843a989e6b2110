/**
 * The news-coded baseline: a daily.csv (`npm run aggregate`) drawn on the tension chart as a
 * second line, computed with the same model and settings as the curated events' line. Only the
 * context lives in the first load: the reader, the parser, the series and the words arrive with
 * the first baseline (charts/baselineLine.ts, charts/BaselineNote.tsx).
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { LoadedBaseline } from "./baselineLine.ts";
import type { BaselineLine } from "../scene/tensionScene.ts";
import { useDetente } from "../store/context.tsx";

export type BaselineState =
  | { readonly status: "loading"; readonly url: string }
  | { readonly status: "failed"; readonly url: string; readonly reason: string }
  | ({ readonly status: "ready"; readonly url: string } & LoadedBaseline);

const BaselineContext = createContext<BaselineState | undefined>(undefined);

export function useBaseline(): BaselineState | undefined {
  return useContext(BaselineContext);
}

interface ProviderProps {
  /** Address of a daily.csv; undefined or empty: no baseline. */
  readonly url: string | undefined;
  /** True when the host page chose it (prop, attribute); a link's address obeys `?src=` rules. */
  readonly trusted: boolean;
  readonly children: ReactNode;
}

type Outcome = { ok: true; value: LoadedBaseline } | { ok: false; reason: string };

export function BaselineProvider({ url, trusted, children }: ProviderProps) {
  const parties = useDetente((s) => s.dataset.parties);
  const [a, b] = [parties[0].code, parties[1].code];
  const [loaded, setLoaded] = useState<{ key: string; outcome: Outcome }>();
  const key = `${url ?? ""}|${a}|${b}|${String(trusted)}`;
  useEffect(() => {
    if (!url) return;
    const abort = new AbortController();
    void import("./baselineLine.ts")
      .then(({ fetchBaseline }) => fetchBaseline(url, [a, b], trusted, abort.signal))
      .then((outcome) => {
        if (!abort.signal.aborted) setLoaded({ key, outcome });
      });
    return () => abort.abort();
  }, [url, a, b, trusted, key]);
  const state = useMemo((): BaselineState | undefined => {
    if (!url) return undefined;
    if (loaded?.key !== key) return { status: "loading", url };
    const { outcome } = loaded;
    return outcome.ok
      ? { status: "ready", url, ...outcome.value }
      : { status: "failed", url, reason: outcome.reason };
  }, [url, key, loaded]);
  return <BaselineContext.Provider value={state}>{children}</BaselineContext.Provider>;
}

/** The baseline's line over the curated line's days, with the same half-life. */
export function useBaselineSeries(
  fromDay: number,
  toDay: number,
  halfLife: number,
): BaselineLine | undefined {
  const baseline = useBaseline();
  const lineFor = baseline?.status === "ready" ? baseline.lineFor : undefined;
  return useMemo(() => lineFor?.(fromDay, toDay, halfLife), [lineFor, fromDay, toDay, halfLife]);
}
