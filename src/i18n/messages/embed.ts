/** Words of the embed features: the Embed dialog and the embed page's own chrome. */
export const embedEn = {
  "embed.button": "Embed",
  "embed.dialogTitle": "Embed",
  "embed.intro":
    "Paste this code into a web page to show the current view there: the same period, filters, selected event and language.",
  "embed.mode": "Format",
  "embed.mode.iframe": "Responsive iframe",
  "embed.mode.iframeHint":
    "Works wherever HTML is accepted. The small script makes the frame as tall as its content; without it the frame keeps its height and scrolls.",
  "embed.mode.element": "Web component",
  "embed.mode.elementHint":
    "Draws the timeline inside the page itself, with the same period, topics, language and theme (not the search, actors or selected event). The page must allow module scripts and data from this site.",
  "embed.code": "Code",
  "embed.copy": "Copy",
  "embed.copied": "Code copied",
  "embed.copyManually": "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  "embed.preview": "Preview",
  "embed.previewFrame": "Preview of the embedded view",
  "embed.close": "Close",
  "embed.frameTitle": "{title} (Détente timeline)",
  "embed.openFull": "Open full view",
  "embed.newTab": "(opens in a new tab)",
  "embed.source": "Source: {source}",
  "embed.sourcesMore": "Sources: {source} and {count} more",
} as const;

export const embedEs: Record<keyof typeof embedEn, string> = {
  "embed.button": "Insertar",
  "embed.dialogTitle": "Insertar",
  "embed.intro":
    "Pegue este código en una página web para mostrar allí la vista actual: el mismo periodo, filtros, evento seleccionado e idioma.",
  "embed.mode": "Formato",
  "embed.mode.iframe": "Iframe adaptable",
  "embed.mode.iframeHint":
    "Funciona en cualquier sitio que acepte HTML. El pequeño script ajusta la altura del marco a su contenido; sin él, el marco conserva su altura y se desplaza.",
  "embed.mode.element": "Componente web",
  "embed.mode.elementHint":
    "Dibuja la línea de tiempo dentro de la propia página, con el mismo periodo, temas, idioma y tema visual (sin la búsqueda, los actores ni el evento seleccionado). La página debe permitir scripts de módulo y datos de este sitio.",
  "embed.code": "Código",
  "embed.copy": "Copiar",
  "embed.copied": "Código copiado",
  "embed.copyManually": "El código está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.",
  "embed.preview": "Vista previa",
  "embed.previewFrame": "Vista previa de la vista insertada",
  "embed.close": "Cerrar",
  "embed.frameTitle": "{title} (línea de tiempo de Détente)",
  "embed.openFull": "Abrir la vista completa",
  "embed.newTab": "(se abre en una pestaña nueva)",
  "embed.source": "Fuente: {source}",
  "embed.sourcesMore": "Fuentes: {source} y {count} más",
};
