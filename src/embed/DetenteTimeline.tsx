/**
 * <DetenteTimeline>: one Détente instance for a host page, from a dataset object or a URL.
 *
 * Each instance owns its store, so several on a page never share a viewport, a selection or
 * settings. Props describe the initial view with the same rules as a shared link (viewParams.ts);
 * later changes to them are applied through store actions, so what the reader did meanwhile
 * (zoom, selection) survives a host re-render that does not change those props.
 *
 * Server rendering: the server and the first hydrating render both produce a sized placeholder
 * (no window, no document); the full view mounts right after hydration.
 */
import {
  startTransition,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from "react";
import {
  loadDataset,
  loadValidation,
  outcomeResult,
  validateLoaded,
  validationLoaded,
  type LoadProgress,
} from "../io/pipeline/datasetLoader.ts";
import type { GoldsteinTable } from "../model/cameo.ts";
import type { TensionInput } from "../model/tension.ts";
import { MS_PER_DAY, isoDayOfMs } from "../model/date.ts";
import { NO_FILTERS } from "../model/filters.ts";
import type { Lang } from "../i18n/format.ts";
import { bundledGoldsteinTable } from "../model/goldsteinBundled.ts";
import type { Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";
import type { Viewport } from "../model/viewport.ts";
import { DetenteProvider } from "../store/context.tsx";
import { createDetenteStore, type DetenteStore } from "../store/createDetenteStore.ts";
import { selectBounds } from "../store/selectors.ts";
import type { Theme } from "../store/types.ts";
import { localizeDataset } from "../model/localize.ts";
import { langFromLocale } from "../i18n/localeLang.ts";
import { parseViewParams } from "../store/viewParams.ts";
import { useMessagesLoaded } from "../store/useT.ts";
import { withMessages } from "../i18n/translate.ts";
import { DetenteView, type DetenteFeatures } from "../ui/DetenteView.tsx";
import { BaselineProvider } from "../charts/baseline.tsx";
import { LoadingStatus } from "../ui/LoadingStatus.tsx";
import { ProblemList } from "../ui/ProblemList.tsx";
import { ImageOriginsProvider } from "../ui/media/mediaPolicy.tsx";

/** A day as `YYYY-MM-DD` (UTC; `to` is inclusive, as in a shared link) or an instant in UTC ms. */
export type DateInput = string | number;

/** What `onViewportChange` and the element's `detente-viewport` event report. */
export interface ViewportChange {
  /** The first day shown, `YYYY-MM-DD` (UTC): the form the `from` prop and attribute take. */
  readonly from: string;
  /** The last day shown, inclusive, `YYYY-MM-DD` (UTC): the form the `to` prop takes. */
  readonly to: string;
  /** The exact window, `[fromMs, toMs)` in UTC ms. */
  readonly fromMs: number;
  readonly toMs: number;
}

export interface DetenteTimelineProps {
  /** A Détente dataset object. It is validated like a file; problems are listed instead. */
  readonly dataset?: Dataset | undefined;
  /**
   * URL of a Détente JSON file, fetched (only that URL) when `dataset` is not given. With
   * `parties`, any file the page can import (GDELT, ICEWS, POLECAT/PLOVER, ACLED, CSV, TimelineJS).
   */
  readonly src?: string | undefined;
  /**
   * The two countries an event-data `src` opens on, as ISO 3166-1 alpha-3 codes: "USA,COL" or
   * `["USA", "COL"]` (as `?parties=` on the page). Given (even empty), `src` is read by the
   * importer, which finds the format; an empty or malformed value opens the file's largest pair.
   */
  readonly parties?: string | readonly string[] | undefined;
  /**
   * URL of a daily.csv (`npm run aggregate`): the tension chart adds it as a second line, the
   * news-coded baseline, computed with the same model and settings.
   */
  readonly baseline?: string | undefined;
  /** First day (or instant) of the initial view. Default: the start of the data. */
  readonly from?: DateInput | undefined;
  /** Last day, inclusive (or the end instant, exclusive) of the initial view. */
  readonly to?: DateInput | undefined;
  /** Topic ids to show; absent: all topics; empty: none. Unknown ids are dropped with a warning. */
  readonly topics?: readonly string[] | undefined;
  /** Interface language. Default: the browser's, as on the stand-alone page. */
  readonly lang?: Lang | undefined;
  readonly theme?: Theme | undefined;
  /** Height of the component's box: a number of CSS px or any CSS length; the view scrolls inside. */
  readonly height?: number | string | undefined;
  /** Parts to show or hide, e.g. `{ tension: false, list: false }`. Everything is on by default. */
  readonly features?: Partial<DetenteFeatures> | undefined;
  /** Heading level of the dataset title inside the host's document. Default 2. */
  readonly headingLevel?: 1 | 2 | 3 | undefined;
  /** Added to the instance's root element (`.detente`). */
  readonly className?: string | undefined;
  /**
   * Opens the story presentation: `true` (or 0) on its opening slide, a number on that step (1 is
   * the first event passing the filters). Default: off.
   */
  readonly story?: boolean | number | undefined;
  /** Other origins whose event images may load (same-origin images always do); default none. */
  readonly imageOrigins?: readonly string[] | undefined;
  /** The selected event changed: its id, or null when the details closed. */
  readonly onSelect?: ((eventId: string | null) => void) | undefined;
  /** The visible window changed (zoom, pan, animation): at most once per animation frame. */
  readonly onViewportChange?: ((view: ViewportChange) => void) | undefined;
}

/** Words shown before a store (and its translator) exists: loading and fetch failures. */
const STATUS_TEXT: Record<Lang, { loading: string; fetchFailed: string; noData: string }> = {
  en: {
    loading: "Loading the timeline…",
    fetchFailed: "the file could not be fetched",
    noData: "Give the timeline a dataset or the URL of one (src).",
  },
  es: {
    loading: "Cargando la línea de tiempo…",
    fetchFailed: "no se pudo descargar el archivo",
    noData: "Indique un conjunto de datos o su URL (src).",
  },
};

// ---------------------------------------------------------------------------------------------
// Props → view (pure: shared with the custom element, and unit-testable)

function dayOf(ms: number): string {
  return isoDayOfMs(ms);
}

/** Describes a window the way the `from`/`to` props take it, plus the exact edges. */
export function describeViewport(view: Viewport): ViewportChange {
  return {
    from: dayOf(Math.floor(view.from / MS_PER_DAY) * MS_PER_DAY),
    // The window is [from, to): the last day shown is the last one that starts before `to`.
    to: dayOf((Math.ceil(view.to / MS_PER_DAY) - 1) * MS_PER_DAY),
    fromMs: view.from,
    toMs: view.to,
  };
}

/**
 * The window that `from`/`to` ask for, or undefined for the whole dataset. Day strings follow the
 * link rules (parseViewParams: checked, `to` inclusive); numbers are taken as instants.
 */
export function viewportFromProps(
  dataset: Dataset,
  goldstein: GoldsteinTable,
  from: DateInput | undefined,
  to: DateInput | undefined,
  warn: (message: string) => void,
): Viewport | undefined {
  if (from === undefined && to === undefined) return undefined;
  const query = new URLSearchParams();
  if (typeof from === "string") query.set("from", from);
  if (typeof to === "string") query.set("to", to);
  const parsed = parseViewParams(query.toString(), dataset);
  parsed.warnings.forEach(warn);
  const bounds = selectBounds({ dataset, goldstein });
  const edges = { ...(parsed.init.viewport ?? bounds) };
  if (typeof from === "number") {
    if (Number.isFinite(from)) edges.from = from;
    else warn(`Détente: ignoring from=${from}: expected a date or a finite number of ms.`);
  }
  if (typeof to === "number") {
    if (Number.isFinite(to)) edges.to = to;
    else warn(`Détente: ignoring to=${to}: expected a date or a finite number of ms.`);
  }
  if (edges.from >= edges.to) {
    warn(`Détente: ignoring from/to: the view must start before it ends.`);
    return undefined;
  }
  return edges;
}

/** The topic filter the `topics` prop asks for: null = all topics; undefined = leave as is. */
function topicsFromProps(
  dataset: Dataset,
  topics: readonly string[] | undefined,
  warn: (message: string) => void,
): readonly string[] | null | undefined {
  if (topics === undefined) return null;
  // The link rules again: unknown ids dropped with a warning, a list of only unknown ids ignored.
  const parsed = parseViewParams(`topics=${encodeURIComponent(topics.join(","))}`, dataset);
  parsed.warnings.forEach(warn);
  return parsed.init.filters?.topics;
}

function defaultLang(): Lang {
  return langFromLocale(typeof navigator === "undefined" ? undefined : navigator.language);
}

function cssLength(height: number | string | undefined): string | undefined {
  return typeof height === "number" ? `${height}px` : height;
}

// ---------------------------------------------------------------------------------------------
// Loading

const noop = (): void => {};
const subscribeNothing = (): (() => void) => noop;

/**
 * False on the server and during hydration, true on the client after it: React renders the
 * server snapshot while hydrating and re-renders with the client one, so both sides agree on the
 * placeholder. A client-only render (createRoot) gets true at once and never shows it.
 */
function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** What `src` gave: a dataset and, for GDELT, the daily tension from every row of the pair. */
type Fetched = Result<{
  readonly dataset: Dataset;
  readonly tensionInputs?: readonly TensionInput[] | undefined;
}>;

/** The `parties` prop as one string ("USA,COL"), or undefined when it is not given. */
function partiesText(parties: string | readonly string[] | undefined): string | undefined {
  return parties === undefined
    ? undefined
    : typeof parties === "string"
      ? parties
      : parties.join(",");
}

/**
 * `src` loaded in the load worker, or, when `parties` is given, read by the importer (loaded on
 * demand); the outcome worded for the reader. Undefined: the load was cancelled.
 */
function fetchSource(
  src: string,
  parties: string | undefined,
  lang: Lang,
  onProgress: (progress: LoadProgress) => void,
): { readonly result: Promise<Fetched | undefined>; cancel(): void } {
  const unreachable = (reason: string): Fetched => ({
    ok: false,
    error: [{ path: "(request)", message: `${reason}: ${STATUS_TEXT[lang].fetchFailed}` }],
  });
  if (parties !== undefined) {
    let cancelled = false;
    let cancelJob = noop;
    const result = import("./importSource.ts").then(
      (module) => {
        if (cancelled) return undefined;
        const job = module.importSource(src, parties, onProgress);
        cancelJob = job.cancel;
        return job.result;
      },
      (error: unknown) => unreachable(error instanceof Error ? error.message : String(error)),
    );
    return {
      result,
      cancel: () => {
        cancelled = true;
        cancelJob();
      },
    };
  }
  const load = loadDataset({ kind: "url", url: src }, onProgress);
  return {
    result: load.outcome.then((outcome): Fetched => {
      if (outcome.kind === "unreachable") return unreachable(outcome.reason);
      const loaded = outcomeResult(outcome);
      return loaded.ok ? { ok: true, value: { dataset: loaded.value } } : loaded;
    }),
    cancel: load.cancel,
  };
}

/** Gives each dataset object its own instance key: a new object means a new store. */
const datasetKeys = new WeakMap<Dataset, number>();
let nextDatasetKey = 0;
function keyOf(dataset: Dataset): number {
  let key = datasetKeys.get(dataset);
  if (key === undefined) {
    key = nextDatasetKey++;
    datasetKeys.set(dataset, key);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// The component

export function DetenteTimeline(props: DetenteTimelineProps) {
  const { dataset: given, src, height, lang } = props;
  const parties = partiesText(props.parties);
  // One load per address and pair: either changing starts a new load (and a new instance).
  const sourceKey = src === undefined ? undefined : `${src}\u0000${parties ?? "-"}`;
  const isClient = useIsClient();
  const wordsReady = useMessagesLoaded(lang ?? defaultLang());
  const [fetched, setFetched] = useState<{ readonly key: string; readonly result: Fetched }>();
  const [progress, setProgress] = useState<{
    readonly key: string;
    readonly progress: LoadProgress;
  }>();
  // The language only words a failure: a new one must not fetch again.
  const failureLang = useEffectEvent((): Lang => lang ?? defaultLang());

  useEffect(() => {
    if (given !== undefined || src === undefined || sourceKey === undefined) return;
    const key = sourceKey;
    // A newer src or pair, or an unmount, cancels this load: its outcome then never arrives.
    const load = fetchSource(src, parties, failureLang(), (next) =>
      setProgress({ key, progress: next }),
    );
    // A transition: the view then mounts in slices rather than one long task.
    void load.result.then((result) => {
      if (result) startTransition(() => setFetched({ key, result }));
    });
    return load.cancel;
  }, [given, src, parties, sourceKey]);

  // A given object is checked like a file (callers in plain JavaScript pass parsed JSON), on the
  // page and synchronously, by the validator chunk, loaded on first need.
  const [validatorReady, setValidatorReady] = useState(validationLoaded);
  useEffect(() => {
    if (validatorReady || given === undefined) return;
    let live = true;
    void loadValidation().then(() => {
      if (live) setValidatorReady(true);
    });
    return () => {
      live = false;
    };
  }, [validatorReady, given]);
  const checked = useMemo<Fetched | undefined>(() => {
    if (!isClient || given === undefined || !validatorReady) return undefined;
    const result = validateLoaded(given);
    if (result === undefined) return undefined;
    return result.ok ? { ok: true, value: { dataset: result.value } } : result;
  }, [isClient, given, validatorReady]);

  const box: CSSProperties = {};
  const boxHeight = cssLength(height);
  if (boxHeight !== undefined) {
    box.height = boxHeight;
    box.overflow = "auto";
  }
  const frame = (children: ReactNode, busy = false) => (
    <div className="detente-embed" style={box} aria-busy={busy || undefined}>
      {children}
    </div>
  );
  if (!isClient) {
    // Not the browser's language here: the server cannot know it, and hydration must match.
    const words = STATUS_TEXT[lang ?? "en"];
    const Title = `h${props.headingLevel ?? 2}` as "h1" | "h2" | "h3";
    return frame(
      <div className="detente detente-embed-placeholder" lang={lang ?? "en"}>
        {given === undefined ? (
          <p>{words.loading}</p>
        ) : (
          <Title>{localizeDataset(given, lang ?? "en").title}</Title>
        )}
      </div>,
      true,
    );
  }

  const words = STATUS_TEXT[lang ?? defaultLang()];
  const data =
    given !== undefined ? checked : fetched?.key === sourceKey ? fetched?.result : undefined;
  // In the reader's language from the first render: a Spanish view waits for its words.
  const loaded = wordsReady ? data : undefined;
  if (given === undefined && src === undefined) {
    return frame(
      <div className="detente" role="alert">
        {words.noData}
      </div>,
    );
  }
  if (loaded === undefined) {
    return frame(
      <LoadingStatus
        lang={lang ?? defaultLang()}
        progress={
          given === undefined && progress && progress.key === sourceKey ? progress.progress : null
        }
        className="detente detente-embed-status"
      />,
      true,
    );
  }
  if (!loaded.ok) {
    return frame(<ProblemList file={src ?? "dataset"} problems={loaded.error} />);
  }
  return frame(
    <Instance
      key={given !== undefined ? `object-${keyOf(given)}` : `src-${sourceKey ?? ""}`}
      {...props}
      dataset={loaded.value.dataset}
      tensionInputs={loaded.value.tensionInputs}
    />,
  );
}

type InstanceProps = DetenteTimelineProps & {
  readonly dataset: Dataset;
  readonly tensionInputs?: readonly TensionInput[] | undefined;
};

/** The story the `story` prop asks for, by the link rules (`story`/`step`, viewParams.ts). */
function storyFromProps(
  dataset: Dataset,
  topics: readonly string[] | null | undefined,
  story: boolean | number | undefined,
  warn: (message: string) => void,
): { story: boolean; selectedId?: string } | undefined {
  if (story === undefined || story === false) return undefined;
  const query = new URLSearchParams({ step: String(story === true ? 0 : story) });
  if (topics) query.set("topics", topics.join(","));
  const parsed = parseViewParams(query.toString(), dataset);
  parsed.warnings.forEach(warn);
  if (!parsed.init.settings?.story) return undefined;
  return {
    story: true,
    ...(parsed.init.selectedId === undefined ? {} : { selectedId: parsed.init.selectedId }),
  };
}

/** Topic lists compared by value: a host re-rendering with a fresh but equal array changes nothing. */
const TOPIC_SEPARATOR = "\u0000";
const NO_ORIGINS: readonly string[] = [];

function Instance(props: InstanceProps) {
  const { dataset, from, to, topics, lang, theme } = props;
  const [store] = useState<DetenteStore>(() => {
    const goldstein = bundledGoldsteinTable();
    const viewport = viewportFromProps(dataset, goldstein, from, to, console.warn);
    const topicFilter = topicsFromProps(dataset, topics, console.warn);
    const story = storyFromProps(dataset, topicFilter, props.story, console.warn);
    return createDetenteStore({
      dataset,
      goldstein,
      ...(props.tensionInputs ? { tensionInputs: props.tensionInputs } : {}),
      ...(viewport === undefined ? {} : { viewport }),
      ...(topicFilter ? { filters: { ...NO_FILTERS, topics: topicFilter } } : {}),
      ...(story?.selectedId === undefined ? {} : { selectedId: story.selectedId }),
      settings: {
        lang: lang ?? defaultLang(),
        ...(theme === undefined ? {} : { theme }),
        ...(story ? { story: true } : {}),
      },
    });
  });

  // What the store was last told from each prop. A prop is applied again only when its value
  // changes, so a host re-render with the same props keeps the reader's zoom, filters and
  // toolbar choices; the first run of each effect finds the store already set up from them.
  const topicsKey = topics === undefined ? null : topics.join(TOPIC_SEPARATOR);
  const applied = useRef({ from, to, topicsKey, lang, theme });
  useEffect(() => {
    if (applied.current.lang === lang) return;
    applied.current.lang = lang;
    const next = lang ?? defaultLang();
    withMessages(next, () => store.getState().setSettings({ lang: next }));
  }, [store, lang]);
  useEffect(() => {
    if (applied.current.theme === theme) return;
    applied.current.theme = theme;
    store.getState().setSettings({ theme: theme ?? "auto" });
  }, [store, theme]);
  useEffect(() => {
    if (applied.current.from === from && applied.current.to === to) return;
    applied.current.from = from;
    applied.current.to = to;
    const state = store.getState();
    const view = viewportFromProps(state.dataset, state.goldstein, from, to, console.warn);
    // Both edges taken away: back to the whole dataset, as a fresh instance would start.
    state.setViewport(view ?? selectBounds(state));
  }, [store, from, to]);
  useEffect(() => {
    if (applied.current.topicsKey === topicsKey) return;
    applied.current.topicsKey = topicsKey;
    const list =
      topicsKey === null ? undefined : topicsKey === "" ? [] : topicsKey.split(TOPIC_SEPARATOR);
    const filter = topicsFromProps(store.getState().dataset, list, console.warn);
    if (filter !== undefined) store.getState().setFilters({ topics: filter });
  }, [store, topicsKey]);

  const emitSelect = useEffectEvent((id: string | null) => props.onSelect?.(id));
  const emitViewport = useEffectEvent((view: Viewport) =>
    props.onViewportChange?.(describeViewport(view)),
  );
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId) emitSelect(state.selectedId);
      }),
    [store],
  );
  useEffect(() => {
    // A zoom animates the viewport on every frame; hosts hear about it once per frame at most.
    let frame = 0;
    let reported = store.getState().viewport;
    const flush = (): void => {
      frame = 0;
      const { viewport } = store.getState();
      // A zoom and back within one frame ends where it was: the host has heard that view.
      if (viewport.from === reported.from && viewport.to === reported.to) return;
      reported = viewport;
      emitViewport(viewport);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport && frame === 0) frame = requestAnimationFrame(flush);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);

  return (
    <DetenteProvider store={store}>
      <ImageOriginsProvider origins={props.imageOrigins ?? NO_ORIGINS}>
        <BaselineProvider url={props.baseline}>
          <DetenteView
            headingLevel={props.headingLevel ?? 2}
            // Inside a host page, "Copy link" and "Embed" would describe the host's URL: off unless asked.
            features={{ share: false, ...props.features }}
            {...(props.className === undefined ? {} : { className: props.className })}
          />
        </BaselineProvider>
      </ImageOriginsProvider>
    </DetenteProvider>
  );
}
