/** Words for the dataset's own texts read in another language, and for details in an embed. */
export const languagesEn = {
  "details.quoteTranslation": "Translation",
  "details.back": "Back to the chart",
} as const;
