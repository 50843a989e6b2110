/**
 * Words of an event's details and an opened group's list and tooltip: not in the first load. The chunks that show them add them to the
 * translator when they load (i18n/detailsWords.ts).
 */
export const detailsEn = {
  "details.region": "Event details",
  "details.close": "Close details",
  "details.date": "Date",
  "details.topics": "Topics",
  "details.actors": "Actors",
  "details.scoreFromCameo": "Goldstein score of CAMEO code {code}",
  "details.scoreEditorial": "Editorial score",
  "details.initiator": "Initiated by {initiator}, towards {target}",
  "details.sources": "Sources",
  "details.conflict": "conflict",
  "details.cooperation": "cooperation",
  "details.neutral": "neutral",
  "details.open": "Open source",
  "group.close": "Close the list",
  "group.zoom": "Zoom in to these events",
  "group.more": "and {count} more",
  "context.note":
    "This event is between {parties}. It is shown because it shaped the relationship, but it is not counted in the tension line.",
  "details.follows": "Follows",
  "details.disagree": "Sources disagree: {about}",
  "details.resolution": "Shown here: {resolution}",
  "details.notCounted":
    "Counted once with the act it belongs to, not again here (weight 0 in the tension line).",
  "details.quoteTranslation": "Translation",
  "details.back": "Back to the chart",
} as const;
