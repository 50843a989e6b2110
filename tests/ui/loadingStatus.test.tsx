/** The loading status: silent for a quick load, a progress bar past 300 ms. */
import { act, render, screen } from "@testing-library/react";
import { LoadingStatus, SHOW_AFTER_MS } from "../../src/ui/LoadingStatus.tsx";

afterEach(() => {
  vi.useRealTimers();
});

describe("LoadingStatus", () => {
  it("says it is loading without a bar at first, then shows the bytes read", () => {
    vi.useFakeTimers();
    const { rerender } = render(<LoadingStatus lang="en" progress={null} />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the timeline…");
    expect(screen.getByRole("status")).toHaveClass("detente-visually-hidden");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(SHOW_AFTER_MS));
    rerender(<LoadingStatus lang="en" progress={{ bytes: 1_200_000, totalBytes: 31_700_000 }} />);
    const bar = screen.getByRole("progressbar", { name: "Loading progress" });
    expect(bar).toHaveAttribute("max", "31700000");
    expect(bar).toHaveAttribute("value", "1200000");
    expect(screen.getByText(/1\.2 MB \/ 31\.7 MB/)).toBeInTheDocument();
    expect(screen.getByRole("status")).not.toHaveClass("detente-visually-hidden");
  });

  it("speaks Spanish, and shows an indeterminate bar when the size is unknown", () => {
    vi.useFakeTimers();
    render(<LoadingStatus lang="es" progress={{ bytes: 500_000, totalBytes: null }} />);
    act(() => vi.advanceTimersByTime(SHOW_AFTER_MS));
    expect(screen.getByRole("status")).toHaveTextContent("Cargando la línea de tiempo…");
    expect(screen.getByRole("progressbar", { name: "Progreso de la carga" })).not.toHaveAttribute(
      "max",
    );
  });
});
