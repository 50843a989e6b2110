/**
 * The `detente` extension of a TimelineJS document: what TimelineJS has no field for (parties,
 * actors, scores, CAMEO codes, every citation with its quote and note, publication dates, all
 * of an event's topics, eras' ids, corrections) rides along under one namespaced key, on the
 * top level and on each slide. TimelineJS ignores keys it does not know, so the file still opens
 * there; Détente reads the key back, and a Détente → TimelineJS → Détente round trip gives the
 * same dataset (README "Round trips").
 *
 * What a TimelineJS user can see and edit wins over the extension: a headline, text, date or
 * group that no longer reads as the extension's value was edited in TimelineJS, and the edit is
 * kept. A slide added in TimelineJS (no `detente` key) is imported like a plain slide.
 */
import type { Dataset, DatasetEvent } from "../../model/schema.ts";
import { escapeHtml } from "../shared/htmlText.ts";

/** The top-level key; its `version` says which shape follows. */
export const EXTENSION_KEY = "detente";
export const EXTENSION_VERSION = 1;

/** The dataset without its events (they travel on the slides). */
export type DatasetExtension = Omit<Dataset, "events"> & { readonly version: number };

/** An event without its id (the slide's `unique_id` carries it). */
export type SlideExtension = Omit<DatasetEvent, "id">;

export function datasetExtension(dataset: Dataset): DatasetExtension {
  const { events: _events, ...rest } = dataset;
  return { version: EXTENSION_VERSION, ...rest };
}

export function slideExtension(event: DatasetEvent): SlideExtension {
  const { id: _id, ...rest } = event;
  return rest;
}

/** A headline as the exporter writes it. */
export const headlineHtml = (text: string): string => escapeHtml(text);

/** A slide's or title's text as the exporter writes it. */
export const paragraphHtml = (text: string): string => `<p>${escapeHtml(text)}</p>`;
