import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { selectBounds } from "../../src/store/selectors.ts";
import { NOW, renderWithStore } from "../helpers/render.tsx";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

const marksGroup = () => screen.getByRole("group", { name: /Events on the timeline/ });
const mark = (name: string | RegExp) => within(marksGroup()).getByRole("button", { name });

const zoomToThaw = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 6) };
const zoomToMeeting = { from: Date.UTC(2026, 0, 26), to: Date.UTC(2026, 1, 6) };

describe("timeline marks", () => {
  it("names each mark with its title and its date at its precision", () => {
    renderWithStore(<DetenteView now={NOW} />, {
      viewport: { from: Date.UTC(1999, 0, 1), to: Date.UTC(2023, 0, 1) },
    });
    const marks = screen.getByRole("group", { name: /Events on the timeline/ });
    expect(
      within(marks).getByRole("button", { name: "Plan Colombia begins, 2000" }),
    ).toBeInTheDocument();
    expect(
      within(marks).getByRole("button", { name: /major non-NATO ally, 23 May 2022$/ }),
    ).toBeInTheDocument();
    cleanup();
    // Month precision: never shown with a day.
    renderWithStore(<DetenteView now={NOW} />, {
      viewport: { from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 7, 1) },
    });
    expect(
      within(screen.getByRole("group", { name: /Events on the timeline/ })).getByRole("button", {
        name: /suspends the deportation flights again, May 2025$/,
      }),
    ).toBeInTheDocument();
  });

  /** Twelve events on one day in one lane: more than a lane's rows hold, so some overflow. */
  const busyDay = () =>
    smallDataset(
      Array.from({ length: 12 }, (_, i) =>
        sampleEvent({
          id: `busy-${String(i).padStart(2, "0")}`,
          date: "2025-01-26",
          title: `Busy day event ${String(i).padStart(2, "0")}`,
        }),
      ),
    );

  it("lists an overflow group's events; an item opens its details; Escape returns focus", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, {
      dataset: busyDay(),
      viewport: { from: Date.UTC(2025, 0, 20), to: Date.UTC(2025, 1, 5) },
    });
    const group = within(marksGroup()).getByRole("button", {
      name: /^\d+ events on 26 January 2025\. Activate to list them\.$/,
    });
    const count = Number(/^(\d+)/.exec(group.getAttribute("aria-label") ?? "")?.[1]);
    const shown = within(marksGroup())
      .getAllByRole("button")
      .filter((b) => b.dataset["eventId"] && !b.classList.contains("detente-mark-standin"));
    // Every event is either a mark of its own or in the group, never both, never neither.
    expect(shown.length + count).toBe(12);
    await userEvent.click(group);
    const list = screen.getByRole("dialog", { name: `${count} events on 26 January 2025` });
    const items = within(list)
      .getAllByRole("button")
      .filter((b) => b.dataset["eventId"]);
    expect(items).toHaveLength(count);
    const listed = new Set(items.map((b) => b.dataset["eventId"]));
    for (const b of shown) expect(listed.has(b.dataset["eventId"])).toBe(false);
    // Same day: no zoom can separate them, so none is offered.
    expect(within(list).queryByRole("button", { name: "Zoom in to these events" })).toBeNull();
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(group).toHaveFocus();
    await userEvent.click(group);
    const last = within(screen.getByRole("dialog"))
      .getAllByRole("button")
      .filter((b) => b.dataset["eventId"])
      .at(-1);
    await userEvent.click(last as HTMLElement);
    expect(store.getState().selectedId).toBe(last?.dataset["eventId"]);
    expect(screen.getByRole("region", { name: "Event details" })).toBeInTheDocument();
  });

  it("offers a zoom for a group spread over several days, and names dates at their precision", async () => {
    const dataset = smallDataset([
      sampleEvent({ id: "month", date: "2025-05", title: "Known to the month" }),
      ...Array.from({ length: 11 }, (_, i) =>
        sampleEvent({
          id: `may-${String(i + 10)}`,
          date: `2025-05-${String(i + 10)}`,
          title: `An event of ${String(i + 10)} May`,
        }),
      ),
      sampleEvent({ id: "far", date: "2020-01-01", title: "Far away" }),
    ]);
    const { store } = renderWithStore(<DetenteView now={NOW} />, {
      dataset,
      viewport: { from: Date.UTC(2019, 0, 1), to: Date.UTC(2026, 0, 1) },
    });
    const group = within(marksGroup()).getByRole("button", {
      name: /^\d+ events, .* to 20 May 2025\. Activate to list them\.$/,
    });
    // A month-precision member is named by its month, never by the day its mark is drawn on.
    expect(group.getAttribute("aria-label")).not.toContain("16 May 2025");
    const before = store.getState().viewport;
    await userEvent.click(group);
    await userEvent.click(screen.getByRole("button", { name: "Zoom in to these events" }));
    const after = store.getState().viewport;
    expect(after.to - after.from).toBeLessThan((before.to - before.from) / 4);
  });

  it("zooms to an era when its band is activated", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    // The bundled "2026 thaw" runs from January to the end of February 2026.
    await userEvent.click(screen.getByRole("button", { name: /^The 2026 thaw, / }));
    const { from, to } = store.getState().viewport;
    const start = Date.UTC(2026, 0, 1);
    const end = Date.UTC(2026, 2, 1);
    const pad = (end - start) * 0.03;
    expect(from).toBeCloseTo(start - pad, -3);
    expect(to).toBeCloseTo(end + pad, -3);
  });

  it("offers exactly one tab stop into the marks", () => {
    renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToThaw });
    const marks = screen.getByRole("group", { name: /Events on the timeline/ });
    const tabbable = within(marks)
      .getAllByRole("button")
      .filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
  });
});

describe("selection and details", () => {
  it("opens the details region with date, topics, actors, score and quoted sources", async () => {
    renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToMeeting });
    await userEvent.click(
      screen.getByRole("button", {
        name: "White House meeting: Petro visits Trump, 3 February 2026",
      }),
    );
    const details = screen.getByRole("region", { name: "Event details" });
    expect(
      within(details).getByRole("heading", { name: /White House meeting/ }),
    ).toBeInTheDocument();
    expect(within(details).getByText("3 February 2026")).toBeInTheDocument();
    expect(within(details).getByText(/Diplomacy/)).toBeInTheDocument();
    expect(within(details).getByText("Gustavo Petro, Donald Trump")).toBeInTheDocument();
    expect(within(details).getByText("+1.9")).toBeInTheDocument();
    const quotes = details.querySelectorAll("blockquote");
    expect(quotes.length).toBeGreaterThan(0);
    expect(
      within(details).getByText(/Relations between Trump and Petro Shift/),
    ).toBeInTheDocument();
  });

  it("selects with Enter on a focused mark and closes with Escape, returning focus", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToMeeting });
    const mark = screen.getByRole("button", {
      name: "White House meeting: Petro visits Trump, 3 February 2026",
    });
    act(() => mark.focus());
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("white-house-meeting");
    expect(screen.getByRole("region", { name: "Event details" })).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole("region", { name: "Event details" })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(
      screen.getByRole("button", {
        name: "White House meeting: Petro visits Trump, 3 February 2026",
      }),
    );
  });

  it("marks the selected event as pressed", async () => {
    renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToMeeting });
    const mark = screen.getByRole("button", {
      name: "White House meeting: Petro visits Trump, 3 February 2026",
    });
    await userEvent.click(mark);
    expect(mark).toHaveAttribute("aria-pressed", "true");
  });
});

describe("keyboard navigation", () => {
  it("moves focus through events in time with arrows, Home and End", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToThaw });
    const first = mark(/U\.S\. raid/);
    act(() => first.focus());
    await userEvent.keyboard("{ArrowRight}");
    expect(store.getState().focusedId).not.toBe(first.dataset["eventId"]);
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute(
        "data-event-id",
        store.getState().focusedId ?? "",
      ),
    );
    await userEvent.keyboard("{End}");
    expect(store.getState().focusedId).toBe("white-house-meeting");
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName(
        "White House meeting: Petro visits Trump, 3 February 2026",
      ),
    );
    await userEvent.keyboard("{Home}");
    expect(store.getState().focusedId).toBe("plan-colombia");
  });

  it("pans the viewport to an event focused off-screen", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToThaw });
    act(() => mark(/U\.S\. raid/).focus());
    await userEvent.keyboard("{Home}");
    const plan = Date.UTC(2000, 6, 2);
    const { from, to } = store.getState().viewport;
    expect(from <= plan && plan <= to).toBe(true);
  });

  it("zooms with + and − and resets with 0 when the chart has focus", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const surface = screen.getByRole("group", { name: /Timeline chart/ });
    act(() => surface.focus());
    const full = store.getState().viewport;
    await userEvent.keyboard("+");
    const zoomed = store.getState().viewport;
    expect(zoomed.to - zoomed.from).toBeCloseTo((full.to - full.from) / 2, -4);
    await userEvent.keyboard("{ArrowRight}");
    expect(store.getState().viewport.from).toBeGreaterThan(zoomed.from);
    // 0 returns to the opening view; − from there widens it twofold.
    await userEvent.keyboard("0");
    expect(store.getState().viewport).toEqual(full);
    await userEvent.keyboard("-");
    const wide = store.getState().viewport;
    expect(wide.to - wide.from).toBeCloseTo((full.to - full.from) * 2, -4);
    await userEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(store.getState().viewport).toEqual(selectBounds(store.getState()));
  });

  it("has zoom buttons with accessible names", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const full = store.getState().viewport;
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(store.getState().viewport.to - store.getState().viewport.from).toBeLessThan(
      full.to - full.from,
    );
    await userEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    await userEvent.click(screen.getByRole("button", { name: "Reset zoom" }));
    expect(store.getState().viewport).toEqual(full);
  });

  it("shows the Ctrl + scroll hint on a bare wheel and leaves the zoom alone", () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const before = store.getState().viewport;
    const surface = screen.getByRole("group", { name: /Timeline chart/ });
    fireEvent.wheel(surface, { deltaY: 100 });
    expect(within(surface).getByRole("status")).toHaveTextContent("Use Ctrl + scroll to zoom");
    expect(store.getState().viewport).toEqual(before);
  });
});

describe("tooltip", () => {
  it("shows title and date on hover", async () => {
    renderWithStore(<DetenteView now={NOW} />, { viewport: zoomToMeeting });
    await userEvent.hover(
      screen.getByRole("button", {
        name: "White House meeting: Petro visits Trump, 3 February 2026",
      }),
    );
    const tip = screen.getByRole("tooltip");
    expect(tip).toHaveTextContent("White House meeting");
    expect(tip).toHaveTextContent("3 February 2026");
  });
});
