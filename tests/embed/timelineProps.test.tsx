/**
 * <DetenteTimeline>'s own logic, with the view replaced by a probe that reads the instance's
 * store: the props' initial view, prop changes as store actions, the callbacks, the loading,
 * failure and empty states. (The full view in place: library.test.tsx.)
 *
 * @vitest-environment jsdom
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import type * as TimelineModule from "../../src/embed/DetenteTimeline.tsx";
import { bundledGoldsteinTable } from "../../src/model/goldsteinBundled.ts";
import type { DetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectBounds } from "../../src/store/selectors.ts";
import { usColombia } from "../helpers/render.tsx";

const probe = vi.hoisted(() => ({
  views: [] as { props: Record<string, unknown>; store: unknown }[],
}));

vi.mock("../../src/ui/DetenteView.tsx", async () => {
  const { useDetenteStore } = await import("../../src/store/context.tsx");
  return {
    DetenteView: (props: Record<string, unknown>) => {
      const store = useDetenteStore();
      probe.views.push({ props, store });
      return <div data-testid="view" />;
    },
  };
});

let DetenteTimeline: typeof TimelineModule.DetenteTimeline;
let describeViewport: typeof TimelineModule.describeViewport;
let viewportFromProps: typeof TimelineModule.viewportFromProps;

beforeAll(async () => {
  // Fresh copies built on the probe: with `npm run mutate` the test files share one module
  // registry, and another file may have loaded the real view.
  vi.resetModules();
  ({ DetenteTimeline, describeViewport, viewportFromProps } =
    await import("../../src/embed/DetenteTimeline.tsx"));
  const { loadValidation } = await import("../../src/io/pipeline/datasetLoader.ts");
  await loadValidation();
});
afterAll(() => {
  // And the real view for the files that run after this one.
  vi.doUnmock("../../src/ui/DetenteView.tsx");
  vi.resetModules();
});
beforeEach(() => {
  probe.views = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const store = (): DetenteStore => {
  const last = probe.views.at(-1);
  if (!last) throw new Error("no view rendered");
  return last.store as DetenteStore;
};
const state = () => store().getState();

describe("describeViewport", () => {
  it("names the first and last day shown, the last inclusive", () => {
    expect(describeViewport({ from: Date.UTC(2026, 0, 1, 12), to: Date.UTC(2026, 0, 3) })).toEqual({
      from: "2026-01-01",
      to: "2026-01-02",
      fromMs: Date.UTC(2026, 0, 1, 12),
      toMs: Date.UTC(2026, 0, 3),
    });
    expect(
      describeViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 3, 1) }),
    ).toMatchObject({
      from: "2026-01-01",
      to: "2026-01-03",
    });
  });
});

describe("viewportFromProps", () => {
  const dataset = usColombia();
  const goldstein = bundledGoldsteinTable();
  const read = (from: string | number | undefined, to: string | number | undefined) => {
    const warnings: string[] = [];
    const view = viewportFromProps(dataset, goldstein, from, to, (w) => warnings.push(w));
    return { view, warnings };
  };

  it("is the whole dataset without edges", () => {
    expect(read(undefined, undefined)).toEqual({ view: undefined, warnings: [] });
  });

  it("takes days (to inclusive) and instants", () => {
    expect(read("2026-01-26", "2026-02-05")).toEqual({
      view: { from: Date.UTC(2026, 0, 26), to: Date.UTC(2026, 1, 6) },
      warnings: [],
    });
    expect(read(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2)).view).toEqual({
      from: Date.UTC(2026, 0, 1),
      to: Date.UTC(2026, 0, 2),
    });
    expect(read("2026-01-26", Date.UTC(2026, 1, 1)).view).toEqual({
      from: Date.UTC(2026, 0, 26),
      to: Date.UTC(2026, 1, 1),
    });
  });

  it("keeps the data's other edge when one is given", () => {
    const { view } = read(Date.UTC(2020, 0, 1), undefined);
    expect(view?.from).toBe(Date.UTC(2020, 0, 1));
    expect(view?.to).toBeGreaterThan(Date.UTC(2026, 1, 3));
  });

  it("says what it ignores", () => {
    expect(read(Number.NaN, Infinity)).toMatchObject({
      warnings: [
        "Détente: ignoring from=NaN: expected a date or a finite number of ms.",
        "Détente: ignoring to=Infinity: expected a date or a finite number of ms.",
      ],
    });
    expect(read(Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 2))).toEqual({
      view: undefined,
      warnings: ["Détente: ignoring from/to: the view must start before it ends."],
    });
    const bad = read("someday", undefined);
    expect(bad.view).toEqual(selectBounds({ dataset, goldstein }));
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]).toMatch(/someday/);
  });
});

describe("the instance's store, from props", () => {
  it("starts from the props' view, topics, language, theme and story step", async () => {
    const dataset = usColombia();
    render(
      <DetenteTimeline
        dataset={dataset}
        from="2026-01-26"
        to="2026-02-05"
        topics={["migration-deportation", "nope"]}
        lang="es"
        theme="dark"
        story={1}
        headingLevel={3}
        className="host"
        features={{ list: false }}
      />,
    );
    // A Spanish view waits for its words.
    await waitFor(() => expect(probe.views).not.toHaveLength(0));
    const s = state();
    expect(s.filters.topics).toEqual(["migration-deportation"]);
    expect(s.settings).toMatchObject({ lang: "es", theme: "dark", story: true });
    expect(s.selectedId).not.toBeNull();
    expect(probe.views.at(-1)?.props).toEqual({
      headingLevel: 3,
      features: { share: false, list: false },
      className: "host",
    });
  });

  it("defaults: all topics, no story, heading level 2, sharing off", async () => {
    vi.stubGlobal("navigator", { language: "es-CO" });
    render(<DetenteTimeline dataset={usColombia()} from="2026-01-26" to="2026-02-05" />);
    await waitFor(() => expect(probe.views).not.toHaveLength(0));
    const s = state();
    expect(s.viewport).toEqual({ from: Date.UTC(2026, 0, 26), to: Date.UTC(2026, 1, 6) });
    expect(s.filters.topics).toBeNull();
    expect(s.settings.story).toBe(false);
    expect(s.settings.lang).toBe("es");
    expect(s.selectedId).toBeNull();
    expect(probe.views.at(-1)?.props).toEqual({ headingLevel: 2, features: { share: false } });
  });

  it("opens the story on its opening slide with story={true}, and not with false", () => {
    render(<DetenteTimeline dataset={usColombia()} story />);
    expect(state().settings.story).toBe(true);
    expect(state().selectedId).toBeNull();
    render(<DetenteTimeline dataset={usColombia()} story={false} />);
    expect(state().settings.story).toBe(false);
    render(<DetenteTimeline dataset={usColombia()} story={999} />);
    expect(state().settings.story).toBe(false);
  });

  it("takes an empty topic list as none", () => {
    render(<DetenteTimeline dataset={usColombia()} topics={[]} />);
    expect(state().filters.topics).toEqual([]);
  });
});

describe("prop changes", () => {
  it("become store actions, and repeating a prop changes nothing", async () => {
    const dataset = usColombia();
    const props = { dataset, from: "2026-01-26", to: "2026-02-05", lang: "en" } as const;
    const { rerender } = render(<DetenteTimeline {...props} topics={["migration-deportation"]} />);
    const instance = store();
    // The reader zooms; a host re-render with the same props (a fresh equal array) keeps it.
    act(() =>
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 30), to: Date.UTC(2026, 1, 2) }),
    );
    act(() => instance.getState().setSettings({ theme: "light" }));
    const filters = instance.getState().filters;
    rerender(<DetenteTimeline {...props} topics={["migration-deportation"]} />);
    expect(store()).toBe(instance);
    expect(instance.getState().viewport).toEqual({
      from: Date.UTC(2026, 0, 30),
      to: Date.UTC(2026, 1, 2),
    });
    expect(instance.getState().filters).toBe(filters);
    expect(instance.getState().settings.theme).toBe("light");

    rerender(<DetenteTimeline {...props} lang="es" topics={["migration-deportation"]} />);
    await waitFor(() => expect(instance.getState().settings.lang).toBe("es"));
    rerender(
      <DetenteTimeline {...props} lang="es" theme="dark" topics={["migration-deportation"]} />,
    );
    expect(instance.getState().settings.theme).toBe("dark");
    rerender(<DetenteTimeline {...props} lang="es" topics={["migration-deportation"]} />);
    expect(instance.getState().settings.theme).toBe("auto");
    rerender(<DetenteTimeline {...props} lang="es" topics={[]} />);
    expect(instance.getState().filters.topics).toEqual([]);
    rerender(<DetenteTimeline {...props} lang="es" />);
    expect(instance.getState().filters.topics).toBeNull();
    rerender(
      <DetenteTimeline
        {...props}
        lang="es"
        topics={["drugs-counternarcotics", "security-cooperation"]}
      />,
    );
    expect(instance.getState().filters.topics).toEqual([
      "drugs-counternarcotics",
      "security-cooperation",
    ]);
    rerender(<DetenteTimeline {...props} from="2026-01-01" lang="es" />);
    expect(instance.getState().viewport).toEqual({
      from: Date.UTC(2026, 0, 1),
      to: Date.UTC(2026, 1, 6),
    });
    rerender(<DetenteTimeline {...props} from="2026-01-01" to="2026-01-10" lang="es" />);
    expect(instance.getState().viewport.to).toBe(Date.UTC(2026, 0, 11));
    rerender(<DetenteTimeline dataset={dataset} lang="es" />);
    expect(instance.getState().viewport.from).toBeLessThan(Date.UTC(2001, 0, 1));
    expect(store()).toBe(instance);
  });

  it("a new dataset object is a new instance", () => {
    const { rerender } = render(<DetenteTimeline dataset={usColombia()} />);
    const first = store();
    rerender(<DetenteTimeline dataset={usColombia()} />);
    expect(store()).not.toBe(first);
  });
});

describe("callbacks", () => {
  it("hear selections, and viewports at most once a frame", async () => {
    const onSelect = vi.fn();
    const onViewportChange = vi.fn();
    render(
      <DetenteTimeline
        dataset={usColombia()}
        from="2026-01-26"
        to="2026-02-05"
        onSelect={onSelect}
        onViewportChange={onViewportChange}
      />,
    );
    const instance = store();
    act(() => instance.getState().select("white-house-meeting"));
    act(() => instance.getState().setSettings({ theme: "dark" }));
    act(() => instance.getState().select(null));
    expect(onSelect.mock.calls).toEqual([["white-house-meeting"], [null]]);

    act(() => {
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) });
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 3) });
    });
    await waitFor(() => expect(onViewportChange).toHaveBeenCalled());
    expect(onViewportChange.mock.calls).toEqual([
      [
        {
          from: "2026-01-01",
          to: "2026-01-02",
          fromMs: Date.UTC(2026, 0, 1),
          toMs: Date.UTC(2026, 0, 3),
        },
      ],
    ]);
    // Back where it was reported last within a frame: nothing to say.
    act(() => {
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 5), to: Date.UTC(2026, 0, 6) });
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 3) });
    });
    // The next frame: the instance asked for its frame first, so its flush has run by then.
    await act(() => new Promise<unknown>((resolve) => requestAnimationFrame(resolve)));
    expect(onViewportChange).toHaveBeenCalledTimes(1);
    // One edge moved is a new view.
    act(() =>
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 4) }),
    );
    await waitFor(() => expect(onViewportChange).toHaveBeenCalledTimes(2));
    expect(onViewportChange.mock.calls[1]?.[0]).toMatchObject({
      from: "2026-01-01",
      to: "2026-01-03",
    });
  });

  it("are optional: a host that listens to nothing is not called", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    try {
      render(<DetenteTimeline dataset={usColombia()} />);
      const instance = store();
      act(() => {
        instance.getState().select("white-house-meeting");
        instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 3) });
      });
      await act(() => new Promise<unknown>((resolve) => requestAnimationFrame(resolve)));
      expect(instance.getState().selectedId).toBe("white-house-meeting");
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
    }
  });

  it("stop when the instance goes", async () => {
    const onViewportChange = vi.fn();
    const { unmount } = render(
      <DetenteTimeline dataset={usColombia()} onViewportChange={onViewportChange} />,
    );
    const instance = store();
    act(() =>
      instance.getState().setViewport({ from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 3) }),
    );
    unmount();
    // A frame the instance would have had, had it not cancelled its own.
    await new Promise<unknown>((resolve) => requestAnimationFrame(resolve));
    expect(onViewportChange).not.toHaveBeenCalled();
  });
});

describe("states before the view", () => {
  it("asks for data when it has none, in the reader's language", () => {
    const { container } = render(<DetenteTimeline lang="es" height={420} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Indique un conjunto de datos o su URL (src).",
    );
    const box = container.querySelector<HTMLElement>(".detente-embed");
    expect(box?.style.height).toBe("420px");
    expect(box?.style.overflow).toBe("auto");
    expect(box?.getAttribute("aria-busy")).toBeNull();
  });

  it("sizes its box with any CSS length, or not at all", () => {
    const { container, rerender } = render(<DetenteTimeline lang="en" height="70vh" />);
    expect(container.querySelector<HTMLElement>(".detente-embed")?.style.height).toBe("70vh");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Give the timeline a dataset or the URL of one (src).",
    );
    rerender(<DetenteTimeline lang="en" />);
    const box = container.querySelector<HTMLElement>(".detente-embed");
    expect(box?.style.height).toBe("");
    expect(box?.style.overflow).toBe("");
  });

  it("lists a dataset's problems instead of drawing it", async () => {
    const broken = { ...usColombia(), events: [{ id: "x" }] } as unknown as ReturnType<
      typeof usColombia
    >;
    render(<DetenteTimeline dataset={broken} lang="en" />);
    expect(await screen.findByText("dataset")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(/^The dataset could not be loaded/);
    expect(probe.views).toHaveLength(0);
  });

  it("words a failed fetch, and shows the loading status meanwhile", async () => {
    vi.stubGlobal(
      "fetch",
      () =>
        new Promise((_, reject) => {
          setTimeout(() => reject(new TypeError("Failed to fetch")), 200);
        }),
    );
    const { container } = render(<DetenteTimeline src="/missing.json" lang="es" />);
    expect(container.querySelector(".detente-embed")?.getAttribute("aria-busy")).toBe("true");
    expect(container.querySelector(".detente-embed-status")).not.toBeNull();
    expect(await screen.findByText("(request)")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "(request): Failed to fetch: no se pudo descargar el archivo",
    );
    expect(screen.getByText("/missing.json")).toBeInTheDocument();
    expect(container.querySelector(".detente-embed")?.getAttribute("aria-busy")).toBeNull();
  });

  it("renders a sized placeholder on the server: the title, or the loading words", () => {
    const html = renderToString(
      <DetenteTimeline dataset={usColombia()} lang="es" height={300} headingLevel={1} />,
    );
    expect(html).toMatch(
      /^<div class="detente-embed" style="height:300px;overflow:auto" aria-busy="true">/,
    );
    expect(html).toContain('<div class="detente detente-embed-placeholder" lang="es"><h1>');
    const loading = renderToString(<DetenteTimeline src="/d.json" />);
    expect(loading).toContain('lang="en"><p>Loading the timeline…</p>');
    expect(renderToString(<DetenteTimeline src="/d.json" lang="es" />)).toContain(
      "Cargando la línea de tiempo…",
    );
    expect(renderToString(<DetenteTimeline dataset={usColombia()} />)).toContain("<h2>");
  });
});
