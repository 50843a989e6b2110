/** Words of the import's area (drop target, imported-data banner, kept imports) and its notices (cancelled, removed, `?src=` refused): added when that area or the import's state machine first loads (i18n/importAreaWords.ts). */
export const importAreaEn = {
  "import.drop": "Drop the file to open it",
  "import.cancelled": "Import cancelled: the data shown is unchanged.",
  "import.showing": "Showing imported data instead of the bundled dataset: {title}",
  "import.kept": "Kept in this browser until you remove it.",
  "import.notKept": "Not kept in this browser ({reason}): it will be gone after a reload.",
  "import.save": "Save as Détente JSON",
  "import.remove": "Remove imported data",
  "import.removed": "Imported data removed: showing the bundled dataset again.",
  "import.src.refused":
    "Not loaded: {url} is on another site ({origin}). This site only loads data from its own address and from the sites its deployment lists in detente.config.json.",
  "import.src.invalid": "Not loaded: “{src}” is not a web address.",
  "import.src.scheme": "Not loaded: only http and https addresses can be opened.",
} as const;
