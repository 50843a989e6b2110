/** The CSV of the current view: the visible events (filters and window) through the CSV serializer. */
import { eventsToCsv } from "../io/csv/serialize.ts";
import { localizeDataset } from "../model/localize.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import type { DetenteState, Settings } from "../store/types.ts";

/** In the reader's language when the state says which: a table of what the reader sees. */
export function exportCsv(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "viewport"> & {
    readonly settings?: Pick<Settings, "lang">;
  },
): string {
  const lang = state.settings?.lang;
  const dataset = lang === undefined ? state.dataset : localizeDataset(state.dataset, lang);
  return `${eventsToCsv(dataset, selectVisibleEvents(state))}\r\n`;
}
