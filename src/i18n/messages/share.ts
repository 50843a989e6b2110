/** Words of the share features. */
export const shareEn = {
  "share.copyLink": "Copy link",
  "share.copied": "Link copied",
  "share.linkLabel": "Link to this view",
  "share.copyManually": "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
} as const;
