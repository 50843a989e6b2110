/** The Spanish of ../how.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { howEn } from "../how.ts";

export const howEs: Record<keyof typeof howEn, string> = {
  "how.summary":
    "Cada evento empuja la relación hacia el conflicto o la cooperación según su puntuación; el empuje se reduce a la mitad cada {halfLife} días, y el total acumulado se lleva a una escala de tensión de 0 a 100.",
  "how.formula": "Fórmula",
  "how.defaults": "Valores por defecto",
  "how.defaultsText":
    "Vida media h = {halfLife} días (ajustable), base B = 0, saturación K = 15, peso de cada evento 1. Los eventos de los que solo se conoce el mes o el año reparten su puntuación por igual a lo largo de ese mes o año.",
  "how.bands": "Niveles",
  "how.uncertainty":
    "La franja sombreada es el valor mínimo y máximo de cinco cálculos: la mitad y el doble de la vida media, y todas las puntuaciones multiplicadas por 0,8 y por 1,2. La línea se desvanece donde el último evento tiene más de una vida media.",
  "how.caveats": "Advertencias",
  "how.caveat1":
    "Una puntuación califica el tipo de acción (por ejemplo, imponer sanciones), no su tamaño ni su importancia para los dos países.",
  "how.caveat2":
    "Las puntuaciones son los valores Goldstein del código CAMEO salvo que el evento indique una elección editorial.",
  "how.caveat3":
    "La línea describe los eventos de este conjunto de datos; no es un pronóstico ni una encuesta.",
  "how.citation": "Escala",
  "how.citationText":
    "Goldstein, Joshua S. (1992). “A Conflict-Cooperation Scale for WEIS Events Data.” Journal of Conflict Resolution 36(2): 369–385; tabulada para los códigos CAMEO por GDELT.",
};
