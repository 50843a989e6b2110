/** Words for large and unusual datasets: capped lanes, long filter lists, bounded search results. */
export const largeDataEn = {
  "lanes.collapsed": "{groups} {grouping} of about one event each: one lane for all.",
  "lanes.collapsed.topic": "topics",
  "lanes.collapsed.actor": "actors",
  "lanes.collapsed.party": "parties",
  "lanes.collapsed.none": "groups",
  "lanes.folded": "{count} smaller groups share “Other”.",
  "search.capped": "First {shown} listed.",
} as const;
