/** Words of the exploring features: filters, search, story mode, language, theme, table view. */
export const exploreEn = {
  "toolbar.label": "View options",
  "toolbar.language": "Language",
  "toolbar.theme": "Theme",
  "theme.auto": "System",
  "theme.light": "Light",
  "theme.dark": "Dark",
  "lang.en": "English",
  "lang.es": "Español",
} as const;

export const exploreEs: Record<keyof typeof exploreEn, string> = {
  "toolbar.label": "Opciones de vista",
  "toolbar.language": "Idioma",
  "toolbar.theme": "Tema",
  "theme.auto": "Sistema",
  "theme.light": "Claro",
  "theme.dark": "Oscuro",
  "lang.en": "English",
  "lang.es": "Español",
};
