/** Words of the embed features the page shows at once: the Embed button and the embed page's chrome. */
export const embedEn = {
  "embed.button": "Embed",
  "embed.frameTitle": "{title} (Détente timeline)",
  "embed.openFull": "Open full view",
  "embed.newTab": "(opens in a new tab)",
  "embed.source": "Source: {source}",
  "embed.sourcesMore": "Sources: {source} and {count} more",
} as const;
