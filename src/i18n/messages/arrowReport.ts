/**
 * The Arrow reader's problems (src/io/arrow/parse.ts, and the import path's refusal of Arrow
 * read as text), in English as the reader words them and in Spanish; part of REPORT_TEXTS.
 * Arrow type names (Utf8, List<Utf8>) are the same in every language.
 */
export const ARROW_TEXTS = {
  "report.arrow.unreadable": [
    "not a readable Arrow IPC file or stream ({detail})",
    "no es un archivo ni un flujo Arrow IPC legible ({detail})",
  ],
  "report.arrow.version": [
    "written in Arrow layout version {version}; this version of Détente reads version {current}",
    "escrito con la versión {version} del formato Arrow; esta versión de Détente lee la versión {current}",
  ],
  "report.arrow.noHeader": [
    `missing: expected the dataset's title, parties, sources, topics and actors as JSON in the schema's custom metadata under "{key}"`,
    `falta: se esperaban el título, las partes, las fuentes, los temas y los actores del conjunto de datos, en JSON, en los metadatos del esquema bajo "{key}"`,
  ],
  "report.arrow.badHeader": [
    "expected the dataset's parts as a JSON object",
    "se esperaban las partes del conjunto de datos como un objeto JSON",
  ],
  "report.arrow.missingColumn": [
    "missing column; expected {type}",
    "falta la columna; se esperaba {type}",
  ],
  "report.arrow.columnType": [
    "column of type {found}; expected {type}",
    "columna de tipo {found}; se esperaba {type}",
  ],
  "report.arrow.unknownColumn": [
    `unknown column; expected only {names} (an event's other fields go in "extra" as JSON)`,
    `columna desconocida; solo se esperaban {names} (los demás campos de un evento van en "extra", en JSON)`,
  ],
  "report.arrow.citations": [
    'column "{name}" has {n} entries for {k} citations; expected one per citation (null for none)',
    'la columna "{name}" tiene {n} entradas para {k} citas; se esperaba una por cita (null si no hay)',
  ],
  "report.arrow.extra": [
    `column "extra": expected a JSON object's text`,
    `columna "extra": se esperaba el texto de un objeto JSON`,
  ],
  "report.arrow.asText": [
    "an Arrow file is read as bytes, not as text",
    "un archivo Arrow se lee como bytes, no como texto",
  ],
} as const satisfies Record<string, readonly [string, string]>;
