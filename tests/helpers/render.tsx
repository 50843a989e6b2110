import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Dataset } from "../../src/model/schema.ts";
import {
  createDetenteStore,
  type DetenteStore,
  type StoreInit,
} from "../../src/store/createDetenteStore.ts";
import { DetenteProvider } from "../../src/store/context.tsx";
import { goldsteinTable } from "./goldstein.ts";

export const usColombia = (): Dataset =>
  JSON.parse(readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8")) as Dataset;

export function renderWithStore(
  ui: ReactElement,
  init: Partial<StoreInit> = {},
): { store: DetenteStore } & ReturnType<typeof render> {
  const store = createDetenteStore({
    dataset: usColombia(),
    goldstein: goldsteinTable(),
    ...init,
    settings: { reducedMotion: true, ...init.settings },
  });
  const result = render(<DetenteProvider store={store}>{ui}</DetenteProvider>);
  return { store, ...result };
}

/** A fixed "today" so the marker does not depend on the clock. */
export const NOW = Date.UTC(2026, 10, 28);
