/**
 * Words of the Embed dialog, added to the translator when the dialog's chunk loads
 * (i18n/embedWords.ts): the first view never draws them.
 */
export const embedDialogEn = {
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
} as const;
