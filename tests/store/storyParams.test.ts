import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "../../src/model/schema.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectFilteredEvents } from "../../src/store/selectors.ts";
import { parseViewParams } from "../../src/store/viewParams.ts";
import { serializeViewParams } from "../../src/store/viewLink.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();
const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
) as Dataset;

function storeFrom(search: string) {
  const { init, warnings } = parseViewParams(search, dataset);
  const store = createDetenteStore({
    dataset,
    goldstein,
    ...init,
    settings: { reducedMotion: true, ...init.settings },
  });
  return { store, warnings, init };
}

describe("story and step in the URL", () => {
  it("opens the story on a step: the step-th event passing the filters, in story order", () => {
    const { store, warnings } = storeFrom("?story=1&step=6");
    expect(warnings).toEqual([]);
    const state = store.getState();
    expect(state.settings.story).toBe(true);
    expect(state.selectedId).toBe(selectFilteredEvents(state)[5]?.id);
  });

  it("counts steps among the filtered events", () => {
    const { store } = storeFrom("?topics=migration-deportation&story=1&step=2");
    const state = store.getState();
    const filtered = selectFilteredEvents(state);
    expect(filtered.every((e) => e.source.topics.includes("migration-deportation"))).toBe(true);
    expect(state.selectedId).toBe(filtered[1]?.id);
  });

  it("opens the opening slide at step 0 or with story alone, even if an event is named", () => {
    for (const search of ["?story=1", "?story=1&step=0", "?event=plan-colombia&step=0"]) {
      const { store, warnings } = storeFrom(search);
      expect(warnings, search).toEqual([]);
      expect(store.getState().settings.story, search).toBe(true);
      expect(store.getState().selectedId, search).toBeNull();
    }
  });

  it("a step alone opens the story; story=1 with an event opens the story at it", () => {
    expect(storeFrom("?step=3").store.getState().settings.story).toBe(true);
    const { store } = storeFrom("?story=1&event=plan-colombia");
    expect(store.getState().selectedId).toBe("plan-colombia");
  });

  it("warns about a bad story or step and opens no story from it", () => {
    for (const [search, pattern] of [
      ["?story=yes", /story="yes": expected 1 \(or 0\)/],
      ["?step=-1", /step="-1": expected a story step from 0 \(the opening\) to 29/],
      ["?step=30", /step="30"/],
      ["?step=2.5", /step="2.5"/],
      ["?step=", /step=""/],
    ] as const) {
      const { store, warnings } = storeFrom(search);
      expect(warnings.join("\n"), search).toMatch(pattern);
      expect(store.getState().settings.story, search).toBe(false);
      expect(store.getState().selectedId, search).toBeNull();
    }
  });

  it("writes story=1 and the step, instead of the event, as the reader steps", () => {
    const { store } = storeFrom("?story=1");
    expect(serializeViewParams(store.getState(), "?story=1")).toBe("?story=1");
    const events = selectFilteredEvents(store.getState());
    const sixth = events[5]?.id ?? "";
    store.getState().select(sixth);
    const written = serializeViewParams(store.getState(), "?story=1&keep=me");
    expect(written).toMatch(/^\?keep=me&/);
    expect(written).toContain("story=1&step=6");
    expect(written).not.toContain("event=");
    // Out of the story, the event is named by its id again.
    store.getState().setSettings({ story: false });
    const after = serializeViewParams(store.getState(), "");
    expect(after).toContain(`event=${sixth}`);
    expect(after).not.toMatch(/story|step/);
  });

  it("round-trips every step", () => {
    const { store } = storeFrom("?story=1");
    const total = selectFilteredEvents(store.getState()).length;
    for (let step = 1; step <= total; step++) {
      const search = `?story=1&step=${step}`;
      const { store: opened } = storeFrom(search);
      const written = serializeViewParams(opened.getState(), "");
      expect(written.endsWith(`story=1&step=${step}`), written).toBe(true);
    }
  });
});
