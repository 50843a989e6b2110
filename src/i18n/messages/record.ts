/** Words for the record a reader checks: context events, disagreeing sources, corrections. */
export const recordEn = {
  "filters.context": "Context events",
  "filters.contextHint": "other countries’ events, not counted in the tension ({count} in view)",
  "context.tag": "Context",
  "context.note":
    "This event is between {parties}. It is shown because it shaped the relationship, but it is not counted in the tension line.",
  "details.follows": "Follows",
  "details.disagree": "Sources disagree: {about}",
  "details.resolution": "Shown here: {resolution}",
  "details.notCounted":
    "Counted once with the act it belongs to, not again here (weight 0 in the tension line).",
  "corrections.heading": "Corrections",
  "corrections.why": "Why",
  "corrections.events": "Events",
  "export.legend.context": "Context event (another country; not counted)",
} as const;
