/** The Spanish of ../importArea.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { importAreaEn } from "../importArea.ts";

export const importAreaEs: Record<keyof typeof importAreaEn, string> = {
  "import.drop": "Suelte el archivo para abrirlo",
  "import.cancelled": "Importación cancelada: los datos mostrados no cambian.",
  "import.showing": "Se muestran datos importados en lugar del conjunto incluido: {title}",
  "import.kept": "Se guardan en este navegador hasta que los quite.",
  "import.notKept":
    "No se guardaron en este navegador ({reason}): desaparecerán al recargar la página.",
  "import.save": "Guardar como JSON de Détente",
  "import.remove": "Quitar los datos importados",
  "import.removed": "Datos importados quitados: se muestra de nuevo el conjunto incluido.",
  "import.src.refused":
    "No se cargó: {url} está en otro sitio ({origin}). Este sitio solo carga datos de su propia dirección y de los sitios que su despliegue enumera en detente.config.json.",
  "import.src.invalid": "No se cargó: «{src}» no es una dirección web.",
  "import.src.scheme": "No se cargó: solo se pueden abrir direcciones http y https.",
};
