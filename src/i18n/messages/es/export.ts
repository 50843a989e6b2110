/** The Spanish of ../export.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { exportEn } from "../export.ts";

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
  "export.legend.context": "Evento de contexto (otro país; no cuenta)",
};
