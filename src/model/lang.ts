/** The interface languages. Model texts that carry words (band labels) are keyed by it. */
export type Lang = "en" | "es";
