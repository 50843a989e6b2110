/**
 * Words of the open Filters panel and its lists: not in the first load. The chunks that show them add them to the
 * translator when they load (i18n/filterPanelWords.ts).
 */
export const filterPanelEn = {
  "filters.topics": "Topics",
  "filters.actors": "Actors",
  "filters.party": "Initiated by",
  "filters.party.both": "Both",
  "filters.all": "All",
  "filters.none": "None",
  "filters.count": "{count} in view",
  "filters.from": "From",
  "filters.to": "To",
  "filters.mode": "Filtered-out events",
  "filters.mode.hide": "Hide",
  "filters.mode.fade": "Fade",
  "filters.emptyLanes": "Show lanes with no events",
  "filters.context": "Context events",
  "filters.contextHint": "other countries’ events, not counted in the tension ({count} in view)",
  "facets.top": "Top {shown} of {total}",
  "facets.showAll": "Show all {total}",
  "facets.hideAll": "Show fewer",
  "facets.search": "Find {group}",
  "facets.matches": "{count} found",
  "facets.list": "All {group}, most frequent first",
} as const;
