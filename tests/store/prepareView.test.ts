/** A new dataset's first render, computed ahead a piece per task: the same values, cached. */
import { describe, expect, it } from "vitest";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { nextViewState, prepareView } from "../../src/store/prepareView.ts";
import {
  selectBounds,
  selectFilteredEvents,
  selectLayoutEngine,
  selectOpeningView,
} from "../../src/store/selectors.ts";
import { selectTension } from "../../src/store/tensionSelectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const first = smallDataset([sampleEvent({ id: "a", date: "2025-01-01" })]);
const next = smallDataset([
  sampleEvent({ id: "b", date: "2025-03-01" }),
  sampleEvent({ id: "c", date: "2025-06-01" }),
]);

describe("prepareView", () => {
  it("computes, a pause before each piece, what the render after loadDataset reads", async () => {
    const store = createDetenteStore({ dataset: first, goldstein: goldsteinTable() });
    let pauses = 0;
    const pause = (): Promise<void> => {
      pauses++;
      return Promise.resolve();
    };
    await prepareView(store.getState, next, {}, pause);
    expect(pauses).toBeGreaterThanOrEqual(5);
    // What the store shows after loadDataset is what was prepared: the same cached objects.
    const prepared = nextViewState(store.getState(), next);
    store.getState().loadDataset(next);
    const state = store.getState();
    expect(state.viewport).toEqual(prepared.viewport);
    expect(selectOpeningView(state)).toBe(selectOpeningView(prepared));
    expect(selectBounds(state)).toBe(selectBounds(prepared));
    expect(selectFilteredEvents(state)).toBe(selectFilteredEvents(prepared));
    expect(selectLayoutEngine(state)).toBe(selectLayoutEngine(prepared));
    expect(selectTension(state)).toBe(selectTension(prepared));
  });

  it("stops once the import is no longer wanted", async () => {
    const store = createDetenteStore({ dataset: first, goldstein: goldsteinTable() });
    let pauses = 0;
    await prepareView(
      store.getState,
      next,
      {},
      () => {
        pauses++;
        return Promise.resolve();
      },
      () => pauses < 2,
    );
    expect(pauses).toBe(2);
  });
});
