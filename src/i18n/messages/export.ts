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
  "export.legend.context": "Context event (another country; not counted)",
} as const;
