/** Words of the export features: the export editor, the exported picture and the JSON extract. */
export const exportEn = {
  "export.failed": "The export failed: {reason}",
  "export.svgTitle": "{title}: events and tension, {from} to {to}",
  "export.svgDesc":
    "Timeline of the {count} events in view, {from} to {to}, in lanes {lanes}; conflict is drawn as ▼, cooperation as ● and neutral events as ■.{groups} Below it, the tension line on a 0 (close) to 100 (hostile) scale. {summary}",
  "export.svgDescGroups": " Numbered pills group events too close to draw apart.",
  "export.lanesBy.topic": "by topic",
  "export.lanesBy.actor": "by actor",
  "export.lanesBy.party": "by party",
  "export.lanesBy.none": "without grouping",
  "export.legend": "Legend",
  "export.legend.conflict": "Conflict",
  "export.legend.cooperation": "Cooperation",
  "export.legend.neutral": "Neutral",
  "export.legend.cluster": "Group of events",
  "export.legend.bands": "Tension bands",
  "export.source": "Source: {sources}",
  "export.madeWith": "Made with Détente",
  "export.extractTitle": "{title} (extract, {from} to {to})",
  "export.extractDescription":
    "Extract of “{title}” (dataset {id}) exported with Détente on {date}: {count} of its {total} events, those in view from {from} to {to}{filtered}. Original description: {description}",
  "export.extractFiltered": ", after the filters then applied",
} as const;

export const exportEs: Record<keyof typeof exportEn, string> = {
  "export.failed": "No se pudo exportar: {reason}",
  "export.svgTitle": "{title}: eventos y tensión, de {from} a {to}",
  "export.svgDesc":
    "Línea de tiempo de los {count} eventos visibles, de {from} a {to}, en carriles {lanes}; el conflicto se dibuja como ▼, la cooperación como ● y los eventos neutrales como ■.{groups} Debajo, la línea de la tensión en una escala de 0 (estrecha) a 100 (hostil). {summary}",
  "export.svgDescGroups":
    " Unas etiquetas numeradas agrupan los eventos demasiado próximos para dibujarlos por separado.",
  "export.lanesBy.topic": "por tema",
  "export.lanesBy.actor": "por actor",
  "export.lanesBy.party": "por parte",
  "export.lanesBy.none": "sin agrupar",
  "export.legend": "Leyenda",
  "export.legend.conflict": "Conflicto",
  "export.legend.cooperation": "Cooperación",
  "export.legend.neutral": "Neutral",
  "export.legend.cluster": "Grupo de eventos",
  "export.legend.bands": "Niveles de tensión",
  "export.source": "Fuente: {sources}",
  "export.madeWith": "Hecho con Détente",
  "export.extractTitle": "{title} (extracto, de {from} a {to})",
  "export.extractDescription":
    "Extracto de «{title}» (conjunto de datos {id}) exportado con Détente el {date}: {count} de sus {total} eventos, los visibles de {from} a {to}{filtered}. Descripción original: {description}",
  "export.extractFiltered": ", tras aplicar los filtros de ese momento",
};
