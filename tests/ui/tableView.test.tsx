import { act, fireEvent, screen, within } from "@testing-library/react";
import TableView from "../../src/ui/TableView.tsx";
import { renderWithStore } from "../helpers/render.tsx";

const VIEW = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 2, 1) };

function titles(): string[] {
  const table = screen.getByRole("table", { name: /events, sorted by/ });
  return within(table)
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent ?? "");
}

describe("table view", () => {
  it("sorts by a column header, and says so with aria-sort", () => {
    renderWithStore(<TableView />, { viewport: VIEW });
    const date = screen.getByRole("columnheader", { name: /Date/ });
    expect(date).toHaveAttribute("aria-sort", "ascending");
    expect(titles()[0]).toBe("Plan Colombia begins");
    fireEvent.click(within(date).getByRole("button"));
    expect(date).toHaveAttribute("aria-sort", "descending");
    expect(titles()[0]).not.toBe("Plan Colombia begins");
    const score = screen.getByRole("columnheader", { name: /Score/ });
    fireEvent.click(within(score).getByRole("button"));
    expect(score).toHaveAttribute("aria-sort", "descending");
    expect(date).not.toHaveAttribute("aria-sort");
    const scores = within(screen.getByRole("table", { name: /sorted by score/ }))
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        Number(
          ((row as HTMLTableRowElement).cells[5]?.textContent ?? "")
            .replace("−", "-")
            .replace("+", ""),
        ),
      );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("honours the filters and its own filter box, and opens an event", () => {
    const { store } = renderWithStore(<TableView />, { viewport: VIEW });
    const all = titles().length;
    fireEvent.change(screen.getByLabelText("Filter rows"), { target: { value: "treasury" } });
    expect(titles().length).toBeGreaterThan(0);
    expect(titles().length).toBeLessThan(all);
    fireEvent.change(screen.getByLabelText("Filter rows"), { target: { value: "" } });
    act(() => store.getState().setFilters({ topics: ["trade-tariffs"] }));
    const trade = titles();
    expect(trade.length).toBeLessThan(all);
    const first = screen.getAllByRole("button", { name: trade[0] ?? "" })[0];
    fireEvent.click(first as HTMLElement);
    expect(store.getState().selectedId).not.toBeNull();
  });

  it("moves between tabs with the arrow keys, and lists each day's events", () => {
    renderWithStore(<TableView />, { viewport: VIEW });
    const events = screen.getByRole("tab", { name: "Events" });
    events.focus();
    fireEvent.keyDown(events, { key: "ArrowRight" });
    const tension = screen.getByRole("tab", { name: "Daily tension" });
    expect(tension).toHaveAttribute("aria-selected", "true");
    expect(tension).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Daily tension" })).toBeVisible();
    const table = screen.getByRole("table", { name: /Tension by day/ });
    const row = within(table).getByRole("rowheader", { name: "26 January 2025" }).closest("tr");
    expect(row?.textContent).toMatch(/deportation/i);
    fireEvent.keyDown(tension, { key: "Home" });
    expect(events).toHaveAttribute("aria-selected", "true");
  });
});
