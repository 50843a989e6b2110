/** Words of the story presentation and of event media. */
export const storyEn = {
  "story.presentation": "Story",
  "story.opening": "Start",
  "story.begin": "Begin the story",
  "story.period": "{from} to {to}",
  "story.eventCount": "{count} events",
  "story.play": "Play",
  "story.pause": "Pause",
  "story.exit": "Exit story",
  "story.era": "Era",
  "story.inGroup": "In this group: {title}",
  "media.credit": "Credit: {credit}",
  "media.onService": "Watch or read on {service}",
  "media.image": "Image on {host}",
  "media.link": "Linked media on {host}",
  "media.newTab": "(opens in a new tab)",
};
