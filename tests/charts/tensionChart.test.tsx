import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { NOW, renderWithStore } from "../helpers/render.tsx";

const tensionImage = () => screen.getByRole("img", { name: /^Tension chart\./ });
const tensionSurface = () => screen.getByRole("group", { name: /^Tension explorer/ });

/**
 * The readout the tension surface points to, once it reads `text`: a day's reading comes in a
 * chunk of its own the first time (the chart's summary stands in until then).
 */
async function dayReadout(text: RegExp): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const readout = document.getElementById(
      tensionSurface().getAttribute("aria-describedby") ?? "",
    );
    expect(readout).toHaveTextContent(text);
    return readout as HTMLElement;
  });
}

describe("tension chart", () => {
  it("has a text alternative that summarises the peak and the last value", () => {
    renderWithStore(<DetenteView now={NOW} />);
    const name = tensionImage().getAttribute("aria-label") ?? "";
    // The October 2025 sanctions are the dataset's most hostile moment; the data ends on the meeting day.
    expect(name).toMatch(
      /Tension peaked at \d+ \((Tense|Hostile)\) on \d+ October 2025; it stood at \d+ \(\w+\) on 3 February 2026\./,
    );
  });

  it("recomputes when the half-life changes", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    const before = tensionImage().getAttribute("aria-label");
    await userEvent.selectOptions(screen.getByLabelText("Half-life"), "180 days");
    expect(store.getState().settings.halfLife).toBe(180);
    // A longer memory keeps more of 2025's conflict alive on 3 February 2026.
    expect(tensionImage().getAttribute("aria-label")).not.toBe(before);
  });

  it("toggles the uncertainty band and the scope", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Show uncertainty" }));
    expect(store.getState().settings.showUncertainty).toBe(false);
    await userEvent.selectOptions(screen.getByLabelText("Compute from"), "Filtered events");
    expect(store.getState().settings.tensionScope).toBe("filtered");
    expect(screen.getByText("Computed from the filtered events only.")).toBeInTheDocument();
  });

  it("shares the viewport with the timeline: zooming the tension chart moves the timeline's axis", async () => {
    const { store, container } = renderWithStore(<DetenteView now={NOW} />);
    const axis = container.querySelector<HTMLElement>(".detente-axis");
    act(() => store.getState().showAll());
    await waitFor(() => expect(axis?.dataset["unit"]).toBe("year"));
    act(() => tensionSurface().focus());
    for (let i = 0; i < 5; i++) await userEvent.keyboard("+");
    const { from, to } = store.getState().viewport;
    expect(to - from).toBeLessThan(400 * 86_400_000);
    await waitFor(() => expect(axis?.dataset["unit"]).not.toBe("year"));
  });

  it("reads out a day's value, band and drivers from the keyboard, and selects that day's event", async () => {
    const { store } = renderWithStore(<DetenteView now={NOW} />);
    act(() => tensionSurface().focus());
    await userEvent.keyboard("{End}");
    const readout = await dayReadout(
      /^3 February 2026: tension \d+ \(\w+\), plausible range \d+–\d+\./,
    );
    expect(within(readout as HTMLElement).getByText("Main drivers")).toBeInTheDocument();
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("white-house-meeting");
    expect(screen.getByRole("region", { name: "Event details" })).toBeInTheDocument();
  });

  it("names the October 2025 sanctions among the drivers a week later", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    act(() => tensionSurface().focus());
    await userEvent.keyboard("{End}");
    // From 3 February 2026 back to 31 October 2025 is 95 days: PageUp ×3 and ArrowLeft ×5.
    await userEvent.keyboard(
      "{PageUp}{PageUp}{PageUp}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}",
    );
    const readout = await dayReadout(/^31 October 2025/);
    expect(
      within(readout as HTMLElement).getByRole("button", {
        name: "Treasury sanctions Petro and his inner circle",
      }),
    ).toBeInTheDocument();
  });

  it("shows the values as a table on request", async () => {
    renderWithStore(<DetenteView now={NOW} />, {
      viewport: { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 4) },
    });
    await userEvent.click(screen.getByRole("button", { name: "Show daily values as a table" }));
    // The table loads on the first press (a lazy chunk).
    const table = await screen.findByRole(
      "table",
      { name: /Tension by day, 1 January 2026 to 4 February 2026/ },
      { timeout: 20_000 },
    );
    const row = within(table).getByRole("row", { name: /^3 February 2026/ });
    expect(row).toHaveTextContent("White House meeting: Petro visits Trump");
  });

  it("explains how the line is computed", async () => {
    renderWithStore(<DetenteView now={NOW} />);
    await userEvent.click(screen.getByText("How is this computed?"));
    expect(screen.getByText(/fades by half every 45 days/)).toBeVisible();
    expect(screen.getByText(/Goldstein, Joshua S\. \(1992\)/)).toBeVisible();
    expect(screen.getByText(/not a forecast/)).toBeVisible();
  });
});

describe("tension from separate daily inputs (a GDELT import)", () => {
  it("draws from the inputs and names a day's average as a driver", async () => {
    const day = Date.UTC(2025, 9, 24);
    renderWithStore(<DetenteView now={NOW} />, {
      tensionInputs: [
        {
          id: "gdelt-day-2025-10-24",
          startMs: day,
          anchorMs: day + 43_200_000,
          score: -9,
          weight: 1,
        },
      ],
    });
    act(() => tensionSurface().focus());
    await userEvent.keyboard("{End}");
    const readout = document.getElementById(
      tensionSurface().getAttribute("aria-describedby") ?? "",
    );
    // The data's last day is still the meeting; the only driver is the October average.
    expect(readout).toHaveTextContent(/^3 February 2026/);
    expect(readout).toHaveTextContent("The average of the events reported on 24 October 2025");
    expect(
      within(readout as HTMLElement).queryByRole("button", { name: /Treasury sanctions/ }),
    ).toBeNull();
  });
});
