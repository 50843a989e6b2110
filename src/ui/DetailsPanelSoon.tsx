/**
 * The details panel, in a chunk of its own requested beside the data (charts/soon.tsx): a first
 * view shows the placeholder beside the charts, and an event selected by a link is drawn as soon
 * as the chunk is in, which is normally before the data.
 */
import { soon } from "../charts/soon.tsx";

export const DetailsPanel = soon(() =>
  import("./DetailsPanel.tsx").then((module) => module.DetailsPanel),
);
