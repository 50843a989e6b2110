/** Words for the record a reader checks: context events, disagreeing sources, corrections. */
export const recordEn = {
  "context.tag": "Context",
  "corrections.heading": "Corrections",
  "corrections.why": "Why",
  "corrections.events": "Events",
} as const;
