import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { selectFilteredEvents } from "../../src/store/selectors.ts";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { NOW, renderWithStore, usColombia } from "../helpers/render.tsx";

/** Opens the filters and waits for their topic and actor lists (a chunk loaded on opening). */
const openFilters = async () => {
  await userEvent.click(screen.getByText("Filters"));
  await screen.findByRole("group", { name: "Actors" }, { timeout: 15_000 });
};
const topicGroup = () => screen.getByRole("group", { name: "Topics" });
const eventList = () => screen.getByRole("list", { name: "Events in date order" });

describe("topic, actor and party filters", () => {
  it("keeps only the chosen topic, with toggles that say their state and count", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await openFilters();
    const migration = within(topicGroup()).getByRole("button", {
      name: "Migration and deportation",
    });
    expect(migration).toHaveAttribute("aria-pressed", "true");
    expect(migration).toHaveAccessibleDescription(/^\d+ in view$/);
    await userEvent.click(within(topicGroup()).getByRole("button", { name: "None" }));
    expect(screen.getByText("No events match the filters.")).toBeInTheDocument();
    await userEvent.click(migration);
    expect(migration).toHaveAttribute("aria-pressed", "true");
    const kept = selectFilteredEvents(store.getState());
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.source.topics.includes("migration-deportation"))).toBe(true);
    expect(within(eventList()).getAllByRole("listitem")).toHaveLength(kept.length);
    await userEvent.click(within(topicGroup()).getByRole("button", { name: "All" }));
    expect(store.getState().filters.topics).toBeNull();
  });

  it("filters by actor and by initiating party", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await openFilters();
    const actors = screen.getByRole("group", { name: "Actors" });
    await userEvent.click(within(actors).getByRole("button", { name: "None" }));
    await userEvent.click(within(actors).getByRole("button", { name: "U.S. Treasury" }));
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual([
      "treasury-sanctions-petro",
    ]);
    await userEvent.click(within(actors).getByRole("button", { name: "All" }));
    await userEvent.click(screen.getByRole("radio", { name: "Colombia" }));
    const kept = selectFilteredEvents(store.getState());
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.source.initiator === "COL")).toBe(true);
  });

  it("keeps the date range inputs and the zoom in sync", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await openFilters();
    const from = screen.getByLabelText("From");
    const to = screen.getByLabelText("To");
    // What a date picker commits: a complete value at once.
    fireEvent.change(from, { target: { value: "2025-01-01" } });
    fireEvent.change(to, { target: { value: "2025-12-31" } });
    expect(store.getState().viewport).toEqual({
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2026, 0, 1),
    });
    act(() =>
      store.getState().setViewport({ from: Date.UTC(2025, 5, 1), to: Date.UTC(2025, 6, 1) }),
    );
    await waitFor(() => expect(from).toHaveValue("2025-06-01"));
    expect(to).toHaveValue("2025-06-30");
  });

  it("closes the details of an event the filters hide, says so, and offers a way back", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { selectedId: "visa-revocation" });
    expect(screen.getByRole("region", { name: "Event details" })).toBeInTheDocument();
    await openFilters();
    await userEvent.click(within(topicGroup()).getByRole("button", { name: "None" }));
    await userEvent.click(
      within(topicGroup()).getByRole("button", { name: "Migration and deportation" }),
    );
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole("region", { name: "Event details" })).not.toBeInTheDocument();
    expect(
      screen.getByText(/“State Department revokes Petro’s visa” is hidden by the filters/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(selectFilteredEvents(store.getState())).toHaveLength(
      store.getState().dataset.events.length,
    );
  });

  it("fades instead of hiding when asked, and says so in the marks' names", async () => {
    renderWithStore(<DetenteView now={NOW} />, {
      viewport: { from: Date.UTC(2026, 0, 26), to: Date.UTC(2026, 1, 6) },
    });
    await openFilters();
    await userEvent.click(within(topicGroup()).getByRole("button", { name: "None" }));
    await userEvent.click(
      within(topicGroup()).getByRole("button", { name: "Migration and deportation" }),
    );
    const marks = () => screen.getByRole("group", { name: /Events on the timeline/ });
    expect(
      within(marks()).queryByRole("button", { name: /White House meeting/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: "Fade" }));
    expect(
      within(marks()).getByRole("button", { name: /White House meeting.*\(hidden by filters\)$/ }),
    ).toBeInTheDocument();
  });
});

describe("search", () => {
  it("lists matches over titles, summaries and quotes as you type, and Enter walks them", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const box = screen.getByRole("searchbox", { name: "Search events" });
    await userEvent.type(box, "visa");
    const results = screen.getByRole("list", { name: "Matching events" });
    const names = within(results)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toContain("State Department revokes Petro’s visa");
    expect(
      screen.getByText(`${names.length} matches. Press Enter for the next match.`),
    ).toBeInTheDocument();
    await userEvent.keyboard("{Enter}");
    const first = store.getState().selectedId;
    expect(first).not.toBeNull();
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedId).not.toBe(first);
  });

  it("says one match in the singular", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const title = "State Department revokes Petro’s visa";
    await userEvent.type(screen.getByRole("searchbox", { name: "Search events" }), title);
    expect(screen.getByText("1 match. Press Enter for the next match.")).toBeInTheDocument();
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedId).not.toBeNull();
  });

  it("says when nothing matches", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search events" }), "zzzz");
    expect(screen.getByText("No matches for “zzzz”.")).toBeInTheDocument();
  });
});

describe("story mode", () => {
  it("steps through the filtered events in time, opening each, with progress", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await openFilters();
    await userEvent.click(within(topicGroup()).getByRole("button", { name: "None" }));
    await userEvent.click(
      within(topicGroup()).getByRole("button", { name: "Migration and deportation" }),
    );
    const total = selectFilteredEvents(store.getState()).length;
    await userEvent.click(screen.getByRole("button", { name: "Step through" }));
    const story = await screen.findByRole("group", { name: "Step through the events" });
    expect(within(story).getByText("Start")).toBeInTheDocument();
    await userEvent.click(within(story).getByRole("button", { name: /Next event/ }));
    expect(within(story).getByText(`1 of ${total}`)).toBeInTheDocument();
    const details = () => screen.getByRole("region", { name: "Event details" });
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Petro refuses");
    await userEvent.click(within(story).getByRole("button", { name: /Next event/ }));
    expect(within(story).getByText(`2 of ${total}`)).toBeInTheDocument();
    await userEvent.keyboard("{ArrowRight}");
    expect(within(story).getByText(`3 of ${total}`)).toBeInTheDocument();
    const third = selectFilteredEvents(store.getState())[2];
    expect(store.getState().selectedId).toBe(third?.id);
    const { from, to } = store.getState().viewport;
    expect(from < (third?.anchorMs ?? 0) && (third?.anchorMs ?? 0) < to).toBe(true);
    expect(to - from).toBeLessThan(90 * 86_400_000);
    await userEvent.click(within(story).getByRole("button", { name: /Previous event/ }));
    expect(within(story).getByText(`2 of ${total}`)).toBeInTheDocument();
  });
});

describe("languages and table view", () => {
  it("shows Spanish words and Spanish dates", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    await userEvent.selectOptions(screen.getByLabelText("Language"), "es");
    expect(screen.getByRole("heading", { name: "Eventos por fecha" })).toBeInTheDocument();
    expect(
      within(eventList_es()).getByRole("button", { name: /3 de febrero de 2026/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Acercar" })).toBeInTheDocument();
    // The dataset's own texts too, from its Spanish translation.
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Relaciones entre Estados Unidos y Colombia",
    );
    expect(
      within(eventList_es()).getByText("Reunión en la Casa Blanca: Petro visita a Trump"),
    ).toBeInTheDocument();
  });

  it("switches the charts for their tables", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    const toggle = screen.getByRole("button", { name: "View as table" });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByRole("group", { name: /Timeline chart/ })).not.toBeInTheDocument();
    // The table view is a lazy chunk: the first tab, the events, shows once it has loaded.
    const events = await screen.findByRole("tab", { name: "Events" }, { timeout: 20_000 });
    expect(events).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("table", { name: /events, sorted by date/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Daily tension" }));
    expect(screen.getByRole("table", { name: /Tension/ })).toBeInTheDocument();
    expect(eventList()).toBeInTheDocument();
  });
});

function eventList_es() {
  return screen.getByRole("list", { name: "Eventos por fecha" });
}

describe("event list paging", () => {
  it("renders a large dataset's list a page at a time", async () => {
    const base = usColombia();
    const template = base.events[0];
    if (!template) throw new Error("dataset has no events");
    const events = Array.from({ length: 450 }, (_, i) => ({
      ...template,
      id: `event-${i}`,
      date: `2001-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    }));
    renderWithStore(<DetenteView now={NOW} />, { dataset: { ...base, events } });
    const list = screen.getByRole("list", { name: "Events in date order" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(200);
    await userEvent.click(screen.getByRole("button", { name: "Show 200 more (250 not shown)" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(400);
    await userEvent.click(screen.getByRole("button", { name: "Show 50 more (50 not shown)" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(450);
  });
});
