/** The CSV of the current view: the visible events (filters and window) through the CSV serializer. */
import { eventsToCsv } from "../io/csv/serialize.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";

export function exportCsv(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "viewport">,
): string {
  return `${eventsToCsv(state.dataset, selectVisibleEvents(state))}\r\n`;
}
