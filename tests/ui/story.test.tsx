import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { selectFilteredEvents } from "../../src/store/selectors.ts";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { swipeStep } from "../../src/ui/story/StoryStage.tsx";
import { NOW, renderWithStore } from "../helpers/render.tsx";

const nav = () => screen.findByRole("group", { name: "Step through the events" });
const stepRegion = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>(".detente-story-step");
  if (!region) throw new Error("no story step on screen");
  return region;
};

describe("the story presentation", () => {
  it("opens on a slide with the title, parties, period and description, and hides the page chrome", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(screen.getByRole("button", { name: "Step through" }));
    const story = await nav();
    expect(within(story).getByText("Start")).toBeInTheDocument();
    expect(within(story).getByRole("button", { name: /Previous event/ })).toBeDisabled();
    const slide = stepRegion();
    expect(within(slide).getByRole("heading", { level: 2 })).toHaveTextContent(
      "United States–Colombia relations, 2000–2026",
    );
    expect(slide).toHaveTextContent("USA United States · COL Colombia");
    expect(slide).toHaveTextContent("2000 to 3 February 2026 · 29 events");
    expect(slide).toHaveTextContent(/Relations between the United States and Colombia/);
    // The search, the filters and the event list step aside.
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(screen.queryByText("Filters")).toBeNull();
    expect(screen.queryByRole("list", { name: "Events in date order" })).toBeNull();
  });

  it("introduces an era when the story enters it, in the era's own words", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { settings: { story: true } });
    const story = await nav();
    await userEvent.click(screen.getByRole("button", { name: "Begin the story" }));
    expect(within(story).getByText("1 of 29")).toBeInTheDocument();
    const era = screen.getByRole("complementary", { name: "Era: The alliance years" });
    expect(era).toHaveTextContent(/closest South American allies for decades/);
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.queryByRole("complementary", { name: /^Era:/ })).toBeNull();
    // The first event of 2025 enters the breakdown.
    const events = selectFilteredEvents(store.getState());
    const firstOf2025 = events.findIndex((e) => e.source.date.startsWith("2025"));
    for (let step = 2; step < firstOf2025 + 1; step++) await userEvent.keyboard("{ArrowRight}");
    expect(store.getState().selectedId).toBe(events[firstOf2025]?.id);
    expect(screen.getByRole("complementary", { name: "Era: The 2025 breakdown" })).toBeVisible();
  });

  it("steps with a horizontal swipe over the step, not with a vertical one", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, { settings: { story: true } });
    await nav();
    const swipe = (dx: number, dy: number) => {
      fireEvent.touchStart(stepRegion(), { touches: [{ clientX: 300, clientY: 400 }] });
      fireEvent.touchEnd(stepRegion(), {
        changedTouches: [{ clientX: 300 + dx, clientY: 400 + dy }],
      });
    };
    swipe(-150, 5);
    expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[0]?.id);
    swipe(-150, 5);
    expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[1]?.id);
    swipe(10, -200);
    expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[1]?.id);
    swipe(150, 0);
    expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[0]?.id);
  });

  it("leaves ←/→ to text fields, and exits to the page with the event still open", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />, {
      settings: { story: true },
      selectedId: "plan-colombia",
    });
    const story = await nav();
    expect(within(story).getByText("1 of 29")).toBeInTheDocument();
    await userEvent.click(within(story).getByRole("button", { name: "Exit story" }));
    expect(store.getState().settings.story).toBe(false);
    expect(store.getState().selectedId).toBe("plan-colombia");
    const search = screen.getByRole("searchbox");
    await userEvent.type(search, "visa{ArrowLeft}");
    expect(store.getState().selectedId).toBe("plan-colombia");
  });

  it("plays on its own until paused", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { store } = renderWithStore(<DetenteView now={NOW} />, { settings: { story: true } });
      const story = await nav();
      fireEvent.click(within(story).getByRole("button", { name: "Play" }));
      await vi.advanceTimersByTimeAsync(8100);
      expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[0]?.id);
      await vi.advanceTimersByTimeAsync(8100);
      expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[1]?.id);
      fireEvent.click(within(story).getByRole("button", { name: "Pause" }));
      await vi.advanceTimersByTimeAsync(20_000);
      expect(store.getState().selectedId).toBe(selectFilteredEvents(store.getState())[1]?.id);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("swipes", () => {
  it("turns a quick sideways swipe into a step: left is next, right is previous", () => {
    expect(swipeStep(-120, 10, 200)).toBe(1);
    expect(swipeStep(120, -10, 200)).toBe(-1);
  });

  it("ignores taps, vertical scrolls, diagonal drags and slow drags", () => {
    expect(swipeStep(-20, 0, 100)).toBe(0);
    expect(swipeStep(-80, 200, 300)).toBe(0);
    expect(swipeStep(-100, 60, 300)).toBe(0);
    expect(swipeStep(-200, 0, 2000)).toBe(0);
  });
});
