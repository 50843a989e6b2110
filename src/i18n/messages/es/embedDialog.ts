/** The Spanish of ../embedDialog.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { embedDialogEn } from "../embedDialog.ts";

export const embedDialogEs: Record<keyof typeof embedDialogEn, string> = {
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
};
