/**
 * <DetenteTimeline>, the React library's component, as a host page uses it: several instances
 * side by side, props for the initial view, prop changes later, and the callbacks.
 *
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * run defaults to node)
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { DetenteTimeline, type ViewportChange } from "../../src/embed/library.ts";
import { loadValidation } from "../../src/io/pipeline/datasetLoader.ts";
import { usColombia } from "../helpers/render.tsx";

// A `dataset` prop is checked synchronously once the validator chunk is in (the first instance
// on a page loads it); loaded up front here so every test's first render shows the view.
beforeAll(() => loadValidation());

const MEETING = "White House meeting: Petro visits Trump, 3 February 2026";
const AROUND_MEETING = { from: "2026-01-26", to: "2026-02-05" };

const mark = (container: HTMLElement, name: string) =>
  within(within(container).getByRole("group", { name: /Events on the timeline/ })).getByRole(
    "button",
    { name },
  );

/** The axis as drawn: its tick labels in order. */
const axisText = (container: HTMLElement): string =>
  container.querySelector(".detente-axis")?.textContent ?? "";

describe("two <DetenteTimeline> instances on one page", () => {
  function renderTwo() {
    const dataset = usColombia();
    const selectA = vi.fn<(id: string | null) => void>();
    const selectB = vi.fn<(id: string | null) => void>();
    const viewA = vi.fn<(view: ViewportChange) => void>();
    const viewB = vi.fn<(view: ViewportChange) => void>();
    render(
      <>
        <div data-testid="a">
          <DetenteTimeline
            dataset={dataset}
            {...AROUND_MEETING}
            onSelect={selectA}
            onViewportChange={viewA}
          />
        </div>
        <div data-testid="b">
          <DetenteTimeline
            dataset={dataset}
            {...AROUND_MEETING}
            onSelect={selectB}
            onViewportChange={viewB}
          />
        </div>
      </>,
    );
    return {
      a: screen.getByTestId("a"),
      b: screen.getByTestId("b"),
      selectA,
      selectB,
      viewA,
      viewB,
    };
  }

  it("keep their own selection", async () => {
    const { a, b, selectA, selectB } = renderTwo();
    await userEvent.click(mark(a, MEETING));
    expect(mark(a, MEETING)).toHaveAttribute("aria-pressed", "true");
    expect(mark(b, MEETING)).toHaveAttribute("aria-pressed", "false");
    expect(within(a).getByRole("region", { name: "Event details" })).toBeInTheDocument();
    expect(within(b).queryByRole("region", { name: "Event details" })).toBeNull();
    expect(selectA).toHaveBeenLastCalledWith("white-house-meeting");
    expect(selectB).not.toHaveBeenCalled();
  });

  it("keep their own viewport", async () => {
    const { a, b, viewA, viewB } = renderTwo();
    // The axis is written with the chart's first picture, in the next frame.
    await waitFor(() => expect(axisText(b)).not.toBe(""));
    const axisB = axisText(b);
    await userEvent.click(within(a).getByRole("button", { name: "Zoom in" }));
    await waitFor(() => expect(viewA).toHaveBeenCalled());
    // The zoom glides over several frames; wait for it to land.
    await waitFor(() => {
      const last = viewA.mock.lastCall?.[0];
      expect(last && last.toMs - last.fromMs).toBeLessThan(6 * 86_400_000);
    });
    expect(viewB).not.toHaveBeenCalled();
    expect(axisText(b)).toBe(axisB);
    expect(axisText(a)).not.toBe(axisB);
  });

  it("never repeat an id in the document", () => {
    renderTwo();
    const ids = [...document.querySelectorAll("[id]")].map((node) => node.id);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("<DetenteTimeline> props", () => {
  it("starts from `from`/`to` (days, `to` inclusive) with the dataset title at heading level 2", () => {
    render(<DetenteTimeline dataset={usColombia()} {...AROUND_MEETING} />);
    expect(
      screen.getByRole("heading", { level: 2, name: /United States–Colombia relations/ }),
    ).toBeInTheDocument();
    // Only a narrow window shows the meeting as its own mark rather than inside a cluster.
    expect(screen.getByRole("button", { name: MEETING })).toBeInTheDocument();
  });

  it("takes `from`/`to` as UTC ms too", () => {
    render(
      <DetenteTimeline
        dataset={usColombia()}
        from={Date.UTC(2026, 0, 26)}
        to={Date.UTC(2026, 1, 6)}
      />,
    );
    expect(screen.getByRole("button", { name: MEETING })).toBeInTheDocument();
  });

  it("speaks `lang` and leaves out what `features` turns off", () => {
    const { container } = render(
      <DetenteTimeline
        dataset={usColombia()}
        lang="es"
        features={{ tension: false, list: false }}
      />,
    );
    expect(screen.getByRole("button", { name: "Acercar" })).toBeInTheDocument();
    expect(container.querySelector(".detente-tension")).toBeNull();
    expect(container.querySelector(".detente-list-section")).toBeNull();
    // The timeline itself stays.
    expect(container.querySelector(".detente-timeline")).not.toBeNull();
  });

  it("keeps everything on by default", () => {
    const { container } = render(<DetenteTimeline dataset={usColombia()} lang="en" />);
    expect(container.querySelector(".detente-tension")).not.toBeNull();
    expect(container.querySelector(".detente-list-section")).toHaveTextContent(
      "Events in date order",
    );
  });

  it("sizes its box with `height`, scrolling inside", () => {
    const { container } = render(<DetenteTimeline dataset={usColombia()} height={400} />);
    const box = container.firstElementChild as HTMLElement;
    expect(box.style.height).toBe("400px");
    expect(box.style.overflow).toBe("auto");
  });

  it("filters by `topics`", () => {
    render(
      <DetenteTimeline dataset={usColombia()} {...AROUND_MEETING} topics={["trade-tariffs"]} />,
    );
    expect(screen.queryByRole("button", { name: MEETING })).toBeNull();
  });

  it("applies prop changes after mount without losing the reader's selection", async () => {
    const dataset = usColombia();
    const onViewportChange = vi.fn<(view: ViewportChange) => void>();
    const { rerender } = render(
      <DetenteTimeline
        dataset={dataset}
        lang="en"
        {...AROUND_MEETING}
        onViewportChange={onViewportChange}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: MEETING }));
    rerender(
      <DetenteTimeline
        dataset={dataset}
        lang="es"
        theme="dark"
        {...AROUND_MEETING}
        onViewportChange={onViewportChange}
      />,
    );
    expect(screen.getByRole("button", { name: "Acercar" })).toBeInTheDocument();
    expect(document.querySelector(".detente")).toHaveAttribute("data-theme", "dark");
    // Same store: the details are still open (now in Spanish).
    expect(screen.getByRole("region", { name: "Detalles del evento" })).toBeInTheDocument();
    expect(onViewportChange).not.toHaveBeenCalled();

    rerender(
      <DetenteTimeline
        dataset={dataset}
        lang="es"
        theme="dark"
        from="2025-01-01"
        to="2025-12-31"
        onViewportChange={onViewportChange}
      />,
    );
    await waitFor(() =>
      expect(onViewportChange).toHaveBeenLastCalledWith({
        from: "2025-01-01",
        to: "2025-12-31",
        fromMs: Date.UTC(2025, 0, 1),
        toMs: Date.UTC(2026, 0, 1),
      }),
    );
  });

  it("reports the viewport at most once per animation frame, with the latest window", async () => {
    const dataset = usColombia();
    const onViewportChange = vi.fn<(view: ViewportChange) => void>();
    const timeline = (from: string, to: string) => (
      <DetenteTimeline dataset={dataset} from={from} to={to} onViewportChange={onViewportChange} />
    );
    const { rerender } = render(timeline("2026-01-26", "2026-02-05"));
    // Three windows within one task: the host hears of the last one, once.
    act(() => {
      rerender(timeline("2025-01-01", "2025-12-31"));
      rerender(timeline("2024-01-01", "2024-12-31"));
      rerender(timeline("2023-01-01", "2023-12-31"));
    });
    await waitFor(() => expect(onViewportChange).toHaveBeenCalled());
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(onViewportChange).toHaveBeenCalledTimes(1);
    expect(onViewportChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: "2023-01-01", to: "2023-12-31" }),
    );
  });
});

describe("<DetenteTimeline> after server rendering", () => {
  it("hydrates the placeholder without a mismatch, then mounts the full view", async () => {
    const dataset = usColombia();
    const ui = <DetenteTimeline dataset={dataset} height={400} lang="en" />;
    const container = document.createElement("div");
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelector(".detente-embed-placeholder")).toHaveTextContent(dataset.title);
    const errors = vi.spyOn(console, "error");
    const root = await act(async () => hydrateRoot(container, ui));
    await waitFor(() => expect(container.querySelector(".detente-timeline")).not.toBeNull());
    expect(container.querySelector(".detente-embed-placeholder")).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe("<DetenteTimeline src>", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("fetches only that URL, says it is loading, then shows the dataset", async () => {
    const text = JSON.stringify(usColombia());
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fetchMock = vi.fn(async (_url: string | URL | Request) => {
      await gate;
      return new Response(text, { status: 200 });
    });
    vi.stubGlobal("fetch", fetchMock);
    render(<DetenteTimeline src="/data/us-colombia.json" lang="en" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the timeline…");
    release();
    expect(
      await screen.findByRole("heading", { name: /United States–Colombia relations/ }),
    ).toBeInTheDocument();
    const urls = new Set(fetchMock.mock.calls.map(([url]) => String(url)));
    expect([...urls]).toEqual(["/data/us-colombia.json"]);
  });

  it("lists the problems of an invalid file", async () => {
    const broken = { ...usColombia(), events: [{ id: "x", title: 5 }] };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(broken), { status: 200 })),
    );
    render(<DetenteTimeline src="/broken.json" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset could not be loaded");
    expect(alert).toHaveTextContent("/broken.json");
    expect(alert).toHaveTextContent("events[0]");
  });

  it("says when the file cannot be fetched", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope", { status: 404, statusText: "Not Found" })),
    );
    render(<DetenteTimeline src="/missing.json" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("HTTP 404 Not Found");
  });
});

describe("share actions inside a host page", () => {
  it("leaves out Copy link and Embed unless the host asks for them", () => {
    const { unmount } = render(<DetenteTimeline dataset={usColombia()} />);
    expect(screen.queryByRole("button", { name: "Copy link" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Embed" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export…" })).toBeInTheDocument();
    unmount();
    render(<DetenteTimeline dataset={usColombia()} features={{ share: true }} />);
    expect(screen.getByRole("button", { name: "Copy link" })).toBeInTheDocument();
  });
});
