/**
 * The React library build's entry (dist/lib/detente.js): `<DetenteTimeline>` and its types.
 * Importing it has no side effects (no DOM access, no styles): the host imports
 * dist/lib/detente.css itself, so the styles go wherever its own CSS goes.
 */
export {
  DetenteTimeline,
  describeViewport,
  type DateInput,
  type DetenteTimelineProps,
  type ViewportChange,
} from "./DetenteTimeline.tsx";
export type { DetenteFeatures } from "../ui/DetenteView.tsx";
export type { Dataset, DatasetEvent } from "../model/schema.ts";
export type { Lang } from "../i18n/format.ts";
export type { Theme } from "../store/types.ts";
export type { DetenteStore, StoreInit } from "../store/createDetenteStore.ts";
