import { act } from "@testing-library/react";
import { useRef } from "react";
import { useCanvasFrame } from "../../src/charts/useCanvasFrame.ts";
import { DetenteProvider } from "../../src/store/context.tsx";
import { selectTension } from "../../src/store/tensionSelectors.ts";
import type { DetenteState } from "../../src/store/types.ts";
import { renderWithStore } from "../helpers/render.tsx";

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function Probe({
  draw,
  watch,
}: {
  draw: (context: CanvasRenderingContext2D | null, state: DetenteState) => void;
  watch?: (state: DetenteState) => unknown;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useCanvasFrame(ref, 100, 50, draw, watch);
  return <canvas ref={ref} />;
}

describe("useCanvasFrame", () => {
  it("repaints on every store change by default", async () => {
    const draw = vi.fn();
    const { store } = renderWithStore(<Probe draw={draw} />);
    await act(nextFrame);
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => store.getState().zoomBy(2));
    await act(nextFrame);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it("with a narrower watch, ignores zooming and repaints when what it watches changes", async () => {
    const draw = vi.fn();
    const { store } = renderWithStore(<Probe draw={draw} watch={selectTension} />);
    await act(nextFrame);
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => store.getState().zoomBy(2));
    await act(nextFrame);
    act(() => store.getState().panBy(0.3));
    await act(nextFrame);
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => store.getState().setSettings({ halfLife: 90 }));
    await act(nextFrame);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it("draws in the next frame, not in the render's task, and once for a chart rendered twice", async () => {
    const first = vi.fn();
    const { rerender, store } = renderWithStore(<Probe draw={first} />);
    // Not in the render's own task: a large dataset's picture is drawn in the next frame.
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    rerender(
      <DetenteProvider store={store}>
        <Probe draw={second} />
      </DetenteProvider>,
    );
    await act(nextFrame);
    // The picture asked for by the first render was replaced before it was drawn.
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
