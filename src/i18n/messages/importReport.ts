/**
 * The texts the importers write into their reports (src/io): the reasons rows were left out,
 * the warnings and the located problems, each under a message key, in English as the importers
 * word them and in Spanish. The importers keep writing English (the command line's language and
 * the report's canonical text); `localizeReportText` (i18n/reportText.ts) finds a text's key by
 * its English wording and words it in the reader's language. `{name}` is any text; a value
 * named `{text}` is itself a report text and is translated in turn ("era: " + a date reason).
 * tests/i18n/reportText.test.ts runs the importers on bad files, so a wording changed in src/io
 * but not here fails there.
 */
import { VALIDATION_TEXTS } from "./validationReport.ts";
import { ARROW_TEXTS } from "./arrowReport.ts";

export const REPORT_TEXTS = {
  // Paths of located problems.
  "report.path.file": ["(file)", "(archivo)"],
  "report.path.line": ["line {line}", "línea {line}"],
  "report.path.lineColumn": ["line {line}, column {column}", "línea {line}, columna {column}"],
  "report.path.request": ["(request)", "(petición)"],
  // Suffixes of grouped warnings.
  "report.lines.one": ["{text} (line {lines})", "{text} (línea {lines})"],
  "report.lines.many": ["{text} (lines {lines})", "{text} (líneas {lines})"],
  "report.more": ["…and {n} more problems not listed", "…y {n} problemas más que no se muestran"],
  // Warnings (warnings.ts, datasetBuilder.ts, parsers).
  "report.timeOfDay.one": [
    "1 date has a time of day: kept the day only (Détente dates are days, months or years)",
    "1 fecha tiene hora: se conserva solo el día (las fechas de Détente son días, meses o años)",
  ],
  "report.timeOfDay.many": [
    "{n} dates have a time of day: kept the day only (Détente dates are days, months or years)",
    "{n} fechas tienen hora: se conserva solo el día (las fechas de Détente son días, meses o años)",
  ],
  "report.unsafeLink.one": [
    "1 link is not an http(s) URL (javascript:, embed code…): dropped",
    "1 enlace no es una URL http(s) (javascript:, código incrustado…): descartado",
  ],
  "report.unsafeLink.many": [
    "{n} links are not an http(s) URL (javascript:, embed code…): dropped",
    "{n} enlaces no son una URL http(s) (javascript:, código incrustado…): descartados",
  ],
  "report.badEnd.one": [
    "1 end date is not a usable date: dropped",
    "1 fecha de fin no es una fecha utilizable: descartada",
  ],
  "report.badEnd.many": [
    "{n} end dates are not a usable date: dropped",
    "{n} fechas de fin no son fechas utilizables: descartadas",
  ],
  "report.ragged.one": [
    "1 row has a different number of cells than the header",
    "1 fila tiene un número de celdas distinto del de la cabecera",
  ],
  "report.ragged.many": [
    "{n} rows have a different number of cells than the header",
    "{n} filas tienen un número de celdas distinto del de la cabecera",
  ],
  "report.encoding": [
    "the file contains undecodable characters (shown as �): it is probably not UTF-8; re-save it as UTF-8 to keep accented letters",
    "el archivo contiene caracteres que no se pueden descodificar (se muestran como �): probablemente no está en UTF-8; guárdelo de nuevo como UTF-8 para conservar las letras acentuadas",
  ],
  "report.placeholderParties": [
    "{format} has no notion of parties: every event was placed between the placeholders {a} and {b}; choose the real parties",
    "{format} no tiene noción de partes: cada evento se situó entre los marcadores {a} y {b}; elija las partes reales",
  ],
  "report.longTitle.one": [
    "1 title was longer than {max} characters: shortened",
    "1 título tenía más de {max} caracteres: se ha acortado",
  ],
  "report.longTitle.many": [
    "{n} titles were longer than {max} characters: shortened",
    "{n} títulos tenían más de {max} caracteres: se han acortado",
  ],
  "report.endBeforeStart.one": [
    "1 end date was before the start date: dropped",
    "1 fecha de fin era anterior a la de inicio: descartada",
  ],
  "report.endBeforeStart.many": [
    "{n} end dates were before the start date: dropped",
    "{n} fechas de fin eran anteriores a la de inicio: descartadas",
  ],
  "report.noScore.one": [
    "1 event has no score: scored 0 (neutral)",
    "1 evento no tiene puntuación: puntuado 0 (neutral)",
  ],
  "report.noScore.many": [
    "{n} events have no score: scored 0 (neutral)",
    "{n} eventos no tienen puntuación: puntuados 0 (neutral)",
  ],
  "report.cameoUnchecked": [
    "CAMEO codes were kept without checking them: no CAMEO table was given",
    "Los códigos CAMEO se conservaron sin comprobarlos: no se proporcionó ninguna tabla CAMEO",
  ],
  "report.duplicateId.one": [
    "1 id was already used: renamed with -2, -3…",
    "1 identificador ya estaba en uso: renombrado con -2, -3…",
  ],
  "report.duplicateId.many": [
    "{n} ids were already used: renamed with -2, -3…",
    "{n} identificadores ya estaban en uso: renombrados con -2, -3…",
  ],
  "report.far.one": ["1 row has its {text} (kept)", "1 fila tiene su {text} (conservada)"],
  "report.far.many": [
    "{n} rows have their {text} (kept)",
    "{n} filas tienen su {text} (conservadas)",
  ],
  "report.gdeltParties": [
    "parties chosen from the file: {a} and {b}, the pair of country codes with the most events between them ({rows} rows); pass the parties to choose others",
    "partes elegidas a partir del archivo: {a} y {b}, el par de códigos de país con más eventos entre ellos ({rows} filas); indique las partes para elegir otras",
  ],
  "report.csvParties.others": [
    "parties taken from the initiator/target columns: {a} and {b}; {n} other codes were found (rows with them are skipped)",
    "partes tomadas de las columnas de iniciador y destinatario: {a} y {b}; se encontraron otros {n} códigos (las filas con ellos se omiten)",
  ],
  "report.csvParties": [
    "parties taken from the initiator/target columns: {a} and {b}",
    "partes tomadas de las columnas de iniciador y destinatario: {a} y {b}",
  ],
  "report.placeholder": ["{code} (placeholder)", "{code} (marcador)"],
  // Reasons rows were left out.
  "report.era": ["era: {text}", "era: {text}"],
  "report.noHeadline": ["event has no headline and no text", "el evento no tiene titular ni texto"],
  "report.eraEndBeforeStart": [
    "end date before start date",
    "fecha de fin anterior a la fecha de inicio",
  ],
  "report.missingStart": ["missing start date", "falta la fecha de inicio"],
  "report.missingStartOrEnd": ["missing start or end date", "falta la fecha de inicio o de fin"],
  "report.invalidDate": ["invalid date", "fecha no válida"],
  "report.invalidYear": ["missing or invalid year", "año ausente o no válido"],
  "report.bce": [
    "date before year 0 cannot be represented",
    "una fecha anterior al año 0 no se puede representar",
  ],
  "report.farFuture": [
    "date after year 9999 cannot be represented",
    "una fecha posterior al año 9999 no se puede representar",
  ],
  "report.backgroundNoEnd": ["background item without an end", "elemento de fondo sin fin"],
  "report.notObjectItem": ["item is not an object", "el elemento no es un objeto"],
  "report.notObjectEvent": ["event is not an object", "el evento no es un objeto"],
  "report.notObject": ["not an object", "no es un objeto"],
  "report.emptyRow": ["empty row", "fila vacía"],
  "report.headerRow": ["header row", "fila de cabecera"],
  "report.secondTitle": [
    "a second title row (only the first is used)",
    "una segunda fila de título (solo se usa la primera)",
  ],
  "report.csvBadDate": [
    "invalid date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
    "fecha no válida (se esperaba AAAA, AAAA-MM o AAAA-MM-DD)",
  ],
  "report.scoreNaN": ["score is not a number", "la puntuación no es un número"],
  "report.scoreRange": ["score outside −10…10", "puntuación fuera de −10…10"],
  "report.cameoDigits": [
    "CAMEO code is not 2 to 4 digits",
    "el código CAMEO no tiene de 2 a 4 cifras",
  ],
  "report.cameoUnknown": [
    "CAMEO code not in the CAMEO table",
    "código CAMEO que no figura en la tabla CAMEO",
  ],
  "report.notParty": [
    "initiator or target is not one of the two parties",
    "el iniciador o el destinatario no es una de las dos partes",
  ],
  "report.notBetween": [
    "not between the two parties ({a} and {b})",
    "no es entre las dos partes ({a} y {b})",
  ],
  "report.duplicateRow": [
    "duplicate of an earlier row (same date, actors, CAMEO code and source URL)",
    "duplicado de una fila anterior (misma fecha, actores, código CAMEO y URL de la fuente)",
  ],
  "report.notTopK": [
    "not among the {k} most-reported events of its day (still counted in dailyImpulses)",
    "no está entre los {k} eventos más citados de su día (sigue contando en dailyImpulses)",
  ],
  "report.farYear": [
    "event date more than a year before the date the row was added",
    "fecha del evento más de un año anterior a la fecha en que se añadió la fila",
  ],
  "report.farDays": [
    "event date {days} or more days before the date the row was added",
    "fecha del evento {days} o más días anterior a la fecha en que se añadió la fila",
  ],
  "report.gdeltColumns": [
    "not a GDELT row: expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns",
    "no es una fila de GDELT: se esperaban 61 (GDELT 2.0), 58 o 57 (GDELT 1.0) columnas separadas por tabuladores",
  ],
  // Problems.
  "report.noEvents": [
    "no events could be imported from this file",
    "no se pudo importar ningún evento de este archivo",
  ],
  "report.unknownKind": [
    "could not tell what kind of file this is: expected Détente JSON, TimelineJS JSON or spreadsheet CSV, vis-timeline JSON, a CSV with a header row, or a GDELT event export",
    "no se pudo saber qué tipo de archivo es: se esperaba JSON de Détente, JSON u hoja CSV de TimelineJS, JSON de vis-timeline, un CSV con fila de cabecera o una exportación de eventos de GDELT",
  ],
  "report.importerFailed": [
    "the importer failed unexpectedly ({detail}); the file was not imported",
    "el importador falló de forma inesperada ({detail}); el archivo no se importó",
  ],
  "report.visShape": [
    'expected an array of vis-timeline items, or an object with an "items" array',
    'se esperaba una lista de elementos de vis-timeline o un objeto con una lista "items"',
  ],
  "report.timelinejsShape": [
    'expected a TimelineJS object with an "events" array',
    'se esperaba un objeto de TimelineJS con una lista "events"',
  ],
  "report.gdeltNoCountries": [
    "no rows with country codes: pass the two parties to import this file",
    "ninguna fila con códigos de país: indique las dos partes para importar este archivo",
  ],
  "report.csvNoColumn": [
    "no column for {columns}: expected a header naming date and title (found: {found}); map the columns to import",
    "no hay columna para {columns}: se esperaba una cabecera que nombre la fecha y el título (encontrado: {found}); asigne las columnas para importar",
  ],
  "report.timelinejsColumns.one": [
    "not a TimelineJS sheet: missing column {missing} (expected {expected})",
    "no es una hoja de TimelineJS: falta la columna {missing} (se esperaba {expected})",
  ],
  "report.timelinejsColumns.many": [
    "not a TimelineJS sheet: missing columns {missing} (expected {expected})",
    "no es una hoja de TimelineJS: faltan las columnas {missing} (se esperaba {expected})",
  ],
  "report.couldNotRead": [
    "could not read the data ({detail}); nothing was imported",
    "no se pudieron leer los datos ({detail}); no se importó nada",
  ],
  "report.malformedJson": ["malformed JSON: {detail}", "JSON mal formado: {detail}"],
  "report.detailDate": [
    'date "{value}" is not YYYY, YYYY-MM or YYYY-MM-DD',
    'la fecha "{value}" no es AAAA, AAAA-MM ni AAAA-MM-DD',
  ],
  "report.detailScoreNaN": [
    'score "{value}" is not a number',
    'la puntuación "{value}" no es un número',
  ],
  "report.detailScoreRange": [
    "score {value} is outside the Goldstein scale (−10 to 10)",
    "la puntuación {value} está fuera de la escala Goldstein (−10 a 10)",
  ],
  "report.detailCameoDigits": [
    'CAMEO code "{value}" is not 2 to 4 digits',
    'el código CAMEO "{value}" no tiene de 2 a 4 cifras',
  ],
  "report.detailCameoUnknown": [
    'CAMEO code "{value}" is not in the CAMEO table',
    'el código CAMEO "{value}" no figura en la tabla CAMEO',
  ],
  "report.detailParty": ["{value}: expected {a} or {b}", "{value}: se esperaba {a} o {b}"],
  "report.detailStart": ["start: {text}", "inicio: {text}"],
  "report.detailEnd": ["end: {text}", "fin: {text}"],
  "report.detailBce": ["year {year} is before year 0", "el año {year} es anterior al año 0"],
  "report.detailFarFuture": ["year {year} is after 9999", "el año {year} es posterior a 9999"],
  ...ARROW_TEXTS,
  // The dataset validator's problems, after the importers' own wordings.
  ...VALIDATION_TEXTS,
} as const satisfies Record<string, readonly [string, string]>;

export type ReportTextKey = keyof typeof REPORT_TEXTS;
