/**
 * Words of the story presentation and event media: not in the first load. The chunks that show them add them to the
 * translator when they load (i18n/storyStageWords.ts).
 */
export const storyStageEn = {
  "story.previous": "Previous event",
  "story.next": "Next event",
  "story.progress": "{index} of {total}",
  "story.region": "Step through the events",
  "story.presentation": "Story",
  "story.opening": "Start",
  "story.begin": "Begin the story",
  "story.period": "{from} to {to}",
  "story.eventCount": "{count} events",
  "story.play": "Play",
  "story.pause": "Pause",
  "story.exit": "Exit story",
  "story.era": "Era",
  "media.credit": "Credit: {credit}",
  "media.onService": "Watch or read on {service}",
  "media.image": "Image on {host}",
  "media.link": "Linked media on {host}",
  "media.newTab": "(opens in a new tab)",
} as const;
