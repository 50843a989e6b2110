/** Words for the record a reader checks: context events, disagreeing sources, corrections. */
export const recordEn = {
  "filters.context": "Context events",
  "filters.contextHint": "other countries’ events, not counted in the tension ({count} in view)",
  "context.tag": "Context",
  "context.note":
    "This event is between {parties}. It is shown because it shaped the relationship, but it is not counted in the tension line.",
  "details.follows": "Follows",
  "details.disagree": "Sources disagree: {about}",
  "details.resolution": "Shown here: {resolution}",
  "details.notCounted":
    "Counted once with the act it belongs to, not again here (weight 0 in the tension line).",
  "corrections.heading": "Corrections",
  "corrections.why": "Why",
  "corrections.events": "Events",
  "export.legend.context": "Context event (another country; not counted)",
} as const;

export const recordEs: Record<keyof typeof recordEn, string> = {
  "filters.context": "Eventos de contexto",
  "filters.contextHint": "eventos de otros países, no cuentan en la tensión ({count} a la vista)",
  "context.tag": "Contexto",
  "context.note":
    "Este evento es entre {parties}. Se muestra porque influyó en la relación, pero no cuenta en la línea de tensión.",
  "details.follows": "Sigue a",
  "details.disagree": "Las fuentes discrepan: {about}",
  "details.resolution": "Aquí se muestra: {resolution}",
  "details.notCounted":
    "Cuenta una sola vez con el acto al que pertenece, no de nuevo aquí (peso 0 en la línea de tensión).",
  "corrections.heading": "Correcciones",
  "corrections.why": "Por qué",
  "corrections.events": "Eventos",
  "export.legend.context": "Evento de contexto (otro país; no cuenta)",
};
