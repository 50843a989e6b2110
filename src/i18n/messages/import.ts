/**
 * Words of the import features the page shows before the import's panels load: the Open data
 * button, the drop target, the imported-data banner, kept imports and `?src=` outcomes (the
 * panels' words are in ./importPanels.ts). The importers' own reasons and problems (src/io) are
 * English sentences with line numbers and are shown as written.
 */
export const importEn = {
  "import.open": "Open data…",
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
