/** Words of the embed page's chrome (its link to the full view, its source line): added by the embed page (i18n/embedPageWords.ts), so the app never downloads them. */
export const embedPageEn = {
  "embed.openFull": "Open full view",
  "embed.newTab": "(opens in a new tab)",
  "embed.source": "Source: {source}",
  "embed.sourcesMore": "Sources: {source} and {count} more",
} as const;
