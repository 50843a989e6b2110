/** Words of the embed features: the Embed dialog and the embed page's own chrome. */
export const embedEn = {
  "embed.button": "Embed",
  "embed.dialogTitle": "Embed",
  "embed.intro":
    "Paste this code into a web page to show the current view there: the same period, filters, selected event and language.",
  "embed.mode": "Format",
  "embed.mode.iframe": "Responsive iframe",
  "embed.mode.iframeHint":
    "Works wherever HTML is accepted. The small script makes the frame as tall as its content; without it the frame keeps its height and scrolls.",
  "embed.mode.element": "Web component",
  "embed.mode.elementHint":
    "Draws the timeline inside the page itself, with the same period, topics, language and theme (not the search, actors or selected event). The page must allow module scripts and data from this site.",
  "embed.code": "Code",
  "embed.copy": "Copy",
  "embed.copied": "Code copied",
  "embed.copyManually": "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  "embed.preview": "Preview",
  "embed.previewFrame": "Preview of the embedded view",
  "embed.close": "Close",
  "embed.frameTitle": "{title} (Détente timeline)",
  "embed.openFull": "Open full view",
  "embed.newTab": "(opens in a new tab)",
  "embed.source": "Source: {source}",
  "embed.sourcesMore": "Sources: {source} and {count} more",
} as const;
