/** Words of the news-coded baseline, the second line on the tension chart. */
export const baselineEn = {
  "baseline.name": "News-coded baseline, GDELT",
  "baseline.legend":
    "Purple dash-dot line: {name}, the same model over the events the news coded each day",
  "baseline.loading": "Loading the news-coded baseline…",
  "baseline.failed": "The news-coded baseline could not be shown ({file}): {reason}",
  "baseline.none": "The news-coded baseline ({file}) has no days between {parties}.",
  "baseline.summary":
    "It peaked at {peak} ({peakBand}) on {peakDate} and stood at {last} ({lastBand}) on {lastDate}.",
  "baseline.skipped":
    "{count} lines of {file} could not be read and were left out (first: line {line}, {reason}).",
  "baseline.atDay": "{name} that day: {value} ({band}).",
} as const;

export const baselineEs: Record<keyof typeof baselineEn, string> = {
  "baseline.name": "Línea de base de las noticias, GDELT",
  "baseline.legend":
    "Línea morada de trazo y punto: {name}, el mismo modelo sobre los eventos que las noticias codificaron cada día",
  "baseline.loading": "Cargando la línea de base de las noticias…",
  "baseline.failed": "No se pudo mostrar la línea de base de las noticias ({file}): {reason}",
  "baseline.none": "La línea de base de las noticias ({file}) no tiene días entre {parties}.",
  "baseline.summary":
    "Llegó a {peak} ({peakBand}) el {peakDate} y estaba en {last} ({lastBand}) el {lastDate}.",
  "baseline.skipped":
    "No se pudieron leer {count} líneas de {file}, que se omitieron (la primera: línea {line}, {reason}).",
  "baseline.atDay": "{name} ese día: {value} ({band}).",
};
