/**
 * What a reader checks: context events are labelled and can be hidden, the details panel shows
 * disagreeing sources side by side and what an event follows, responses come after their causes
 * in the list and in story mode, and the corrections are printed.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { selectFilteredEvents } from "../../src/store/selectors.ts";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { NOW, renderWithStore, usColombia } from "../helpers/render.tsx";

const eventList = () => screen.getByRole("list", { name: "Events in date order" });
const listTitles = () =>
  within(eventList())
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".detente-list-title")?.textContent ?? "");
const details = () => screen.getByRole("region", { name: "Event details" });

describe("context events", () => {
  it("are tagged in the list and explained in the details", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const raid = within(eventList()).getByRole("button", { name: /U\.S\. raid in Venezuela/ });
    expect(raid).toHaveTextContent("Context");
    await userEvent.click(raid);
    expect(store.getState().selectedId).toBe("venezuelan-raid");
    expect(within(details()).getByText(/between United States and Venezuela/)).toBeInTheDocument();
    expect(within(details()).getByText(/not counted in the tension line/)).toBeInTheDocument();
  });

  it("can be hidden with the Context events filter", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(screen.getByText("Filters"));
    // The open panel's body comes in a chunk of its own the first time.
    const toggle = await screen.findByRole("checkbox", { name: /Context events/ });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(store.getState().filters.hideContext).toBe(true);
    expect(selectFilteredEvents(store.getState()).some((e) => e.context)).toBe(false);
    expect(listTitles().some((title) => title.includes("raid in Venezuela"))).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(listTitles().some((title) => title.includes("raid in Venezuela"))).toBe(true);
  });
});

describe("causes before responses", () => {
  it("lists each response after its cause", () => {
    renderWithStore(<DetenteView now={NOW} />);
    const titles = listTitles();
    const at = (start: string) => titles.findIndex((title) => title.startsWith(start));
    expect(at("Both sides agree to restart dialogue")).toBeGreaterThan(
      at("Trump and Petro speak by phone"),
    );
    expect(at("Colombian officials denounce")).toBeGreaterThan(at("Treasury sanctions Petro"));
    expect(at("Trump threatens tariffs")).toBeGreaterThan(at("Trump suspends U.S. aid"));
    expect(at("State Department revokes")).toBeGreaterThan(at("At a New York street protest"));
  });

  it("steps through the story in the same order", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Step through" }));
    const story = await screen.findByRole("group", { name: "Step through the events" });
    const seen: string[] = [];
    const total = selectFilteredEvents(store.getState()).length;
    for (let i = 0; i < total; i++) {
      await userEvent.click(within(story).getByRole("button", { name: /Next event/ }));
      seen.push(store.getState().selectedId ?? "");
    }
    for (const event of usColombia().events)
      for (const cause of event.after ?? [])
        expect(seen.indexOf(event.id), `${event.id} after ${cause}`).toBeGreaterThan(
          seen.indexOf(cause),
        );
  });

  it("names what an event follows, as a link to it", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(
      within(eventList()).getByRole("button", { name: /Colombian officials denounce/ }),
    );
    await userEvent.click(
      within(details()).getByRole("button", {
        name: "Treasury sanctions Petro and his inner circle",
      }),
    );
    expect(store.getState().selectedId).toBe("treasury-sanctions-petro");
  });
});

describe("disagreeing sources", () => {
  it("shows both dates of the visa revocation with their sources", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(
      within(eventList()).getByRole("button", { name: /State Department revokes Petro’s visa/ }),
    );
    const box = within(details()).getByRole("complementary", {
      name: "Sources disagree: the date of the revocation",
    });
    expect(box).toHaveTextContent(/Relations between Trump and Petro Shift.*27 September/);
    expect(box).toHaveTextContent(/Al Jazeera.*26 September/);
  });
});

describe("corrections", () => {
  it("prints every correction with its date, what changed and why", () => {
    renderWithStore(<DetenteView now={NOW} />);
    const section = screen.getByRole("region", { name: "Corrections" });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(usColombia().corrections?.length ?? -1);
    expect(items[0]).toHaveTextContent(/30 November 2026/);
    expect(section).toHaveTextContent(/raid in Venezuela/);
    expect(section).toHaveTextContent(/overstated the tension/);
  });

  it("links each correction to the events it concerns", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const first = within(screen.getByRole("region", { name: "Corrections" })).getAllByRole(
      "listitem",
    )[0];
    if (!first) throw new Error("a correction expected");
    expect(first).toHaveTextContent(/Why: /);
    await userEvent.click(
      within(first).getByRole("button", { name: "U.S. raid in Venezuela captures Nicolás Maduro" }),
    );
    expect(store.getState().selectedId).toBe("venezuelan-raid");
  });

  it("shows no section for a dataset without corrections", () => {
    const { corrections: _none, ...dataset } = usColombia();
    renderWithStore(<DetenteView now={NOW} />, { dataset });
    expect(screen.queryByRole("region", { name: "Corrections" })).toBeNull();
  });
});
