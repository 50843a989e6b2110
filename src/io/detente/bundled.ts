/**
 * The dataset that ships with the app. The build publishes it as a file (vite.config.ts), and
 * the page loads it like any other address, through the load worker: neither its text nor the
 * schema validator is part of the page's JavaScript.
 */
import { loadDataset, type DatasetLoad, type LoadProgress } from "../pipeline/datasetLoader.ts";

/**
 * Where the build puts the bundled dataset, relative to the app's base URL; the Embed dialog's
 * EMBED_PATHS.dataset names the same file for the custom element's `src`.
 */
export const BUNDLED_DATASET_PATH = "data/us-colombia.json";

export function bundledDatasetUrl(): string {
  return `${import.meta.env.BASE_URL}${BUNDLED_DATASET_PATH}`;
}

export function loadBundledDataset(onProgress?: (progress: LoadProgress) => void): DatasetLoad {
  return loadDataset({ kind: "url", url: bundledDatasetUrl() }, onProgress);
}
