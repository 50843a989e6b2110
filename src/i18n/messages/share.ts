/** Words of the share features. */
export const shareEn = {
  "share.copyLink": "Copy link",
  "share.copied": "Link copied",
  "share.linkLabel": "Link to this view",
  "share.copyManually": "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
} as const;

export const shareEs: Record<keyof typeof shareEn, string> = {
  "share.copyLink": "Copiar enlace",
  "share.copied": "Enlace copiado",
  "share.linkLabel": "Enlace a esta vista",
  "share.copyManually": "El enlace está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.",
};
