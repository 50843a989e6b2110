/**
 * The dataset validator's problem texts (src/model: schema.ts, validate.ts, date.ts,
 * validateTranslations.ts) in English as the model words them and in Spanish, for import reports
 * read in Spanish (i18n/reportText.ts finds a text's key by its English wording). A `{what}`
 * value names a field or a kind of record in English; VALIDATION_WHAT gives it in Spanish.
 * JSON field names, ids and dates stay as written: they are what the reader fixes in the file.
 * The more specific wordings come first: the first template that matches is used.
 */
export const VALIDATION_TEXTS = {
  "validation.yearMinusZero": [
    "year -0000 does not exist (year 0 is 0000)",
    "el año -0000 no existe (el año 0 es 0000)",
  ],
  "validation.yearRange": [
    "year {year} is beyond {min} … {max}",
    "el año {year} está fuera del intervalo {min} … {max}",
  ],
  "validation.yearForm": [
    'expected "{form}" for year {year}',
    'se esperaba "{form}" para el año {year}',
  ],
  "validation.month": [
    "month {month} is not between 01 and 12",
    "el mes {month} no está entre 01 y 12",
  ],
  "validation.day": [
    "day {day} does not exist in {month} (it has {days} days)",
    "el día {day} no existe en {month} (tiene {days} días)",
  ],
  "validation.intervalForm": [
    'expected "FROM/TO", got "{got}"',
    'se esperaba "DESDE/HASTA" y hay "{got}"',
  ],
  "validation.intervalOrder": [
    "the interval ends ({end}) before it starts ({start})",
    "el intervalo termina ({end}) antes de empezar ({start})",
  ],
  "validation.datePattern": [
    'expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its length is its precision; "-0499" is 500 BCE, "Y-13797999999" a year of more than four digits)',
    'se esperaba una fecha EDTF "AAAA", "AAAA-MM" o "AAAA-MM-DD" (su longitud es su precisión; "-0499" es el 500 a. C., "Y-13797999999" un año de más de cuatro cifras)',
  ],
  "validation.dateString": [
    'expected an EDTF date string "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    'se esperaba una fecha EDTF como texto: "AAAA", "AAAA-MM" o "AAAA-MM-DD"',
  ],
  "validation.dateParse": [
    'expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (before year 1: "-0499" for 500 BCE, "Y-13797999999"), got "{got}"',
    'se esperaba una fecha EDTF "AAAA", "AAAA-MM" o "AAAA-MM-DD" (antes del año 1: "-0499" para el 500 a. C., "Y-13797999999") y hay "{got}"',
  ],
  "validation.sources": [
    "a dataset needs at least one source",
    "un conjunto de datos necesita al menos una fuente",
  ],
  "validation.topics": [
    "a dataset needs at least one topic",
    "un conjunto de datos necesita al menos un tema",
  ],
  "validation.accounts": [
    "a disagreement needs at least two accounts",
    "una discrepancia necesita al menos dos versiones",
  ],
  "validation.eventTopic": [
    "an event needs at least one topic",
    "un evento necesita al menos un tema",
  ],
  "validation.intervalEnd": [
    "an interval needs at least one end",
    "un intervalo necesita al menos un extremo",
  ],
  "validation.citation": [
    "every event cites at least one source",
    "cada evento cita al menos una fuente",
  ],
  "validation.cameoDigits": [
    "expected a CAMEO code of 2 to 4 digits",
    "se esperaba un código CAMEO de 2 a 4 cifras",
  ],
  "validation.scoreNumber": [
    "expected a number from -10 to 10",
    "se esperaba un número de -10 a 10",
  ],
  "validation.nonNegative": [
    "expected a number of 0 or more",
    "se esperaba un número igual o mayor que 0",
  ],
  "validation.slug": [
    "expected a slug: lower-case letters, digits and single hyphens (e.g. visa-revocation)",
    "se esperaba un identificador: minúsculas, cifras y guiones sueltos (p. ej., visa-revocation)",
  ],
  "validation.stringId": ["expected a string id", "se esperaba un identificador como texto"],
  "validation.isoExample": [
    "expected an ISO 3166-1 alpha-3 code such as USA or COL",
    "se esperaba un código ISO 3166-1 alfa-3, como USA o COL",
  ],
  "validation.iso": [
    "expected an ISO 3166-1 alpha-3 code",
    "se esperaba un código ISO 3166-1 alfa-3",
  ],
  "validation.arrayAccounts": [
    "expected an array of accounts",
    "se esperaba una lista de versiones",
  ],
  "validation.arrayActors": [
    "expected an array of actor ids",
    "se esperaba una lista de identificadores de actores",
  ],
  "validation.arrayCitations": ["expected an array of citations", "se esperaba una lista de citas"],
  "validation.arrayCorrections": [
    "expected an array of corrections",
    "se esperaba una lista de correcciones",
  ],
  "validation.arrayEvents": [
    "expected an array of event ids",
    "se esperaba una lista de identificadores de eventos",
  ],
  "validation.arrayParties": ["expected an array of parties", "se esperaba una lista de partes"],
  "validation.arrayTopics": [
    "expected an array of topic ids",
    "se esperaba una lista de identificadores de temas",
  ],
  "validation.array": ["expected an array", "se esperaba una lista"],
  "validation.url": ["expected an http(s) URL", "se esperaba una URL http(s)"],
  "validation.twoParties": ["expected exactly two parties", "se esperaban exactamente dos partes"],
  "validation.boolean": ["expected true or false", "se esperaba true o false"],
  "validation.scoreMin": [
    "score must be at least -10 (Goldstein scale)",
    "la puntuación debe ser como mínimo -10 (escala Goldstein)",
  ],
  "validation.scoreMax": [
    "score must be at most 10 (Goldstein scale)",
    "la puntuación debe ser como máximo 10 (escala Goldstein)",
  ],
  "validation.weight": ["weight must be 0 or more", "el peso debe ser 0 o más"],
  "validation.scoreOrCameo": [
    "expected a score (-10 to 10) or a CAMEO code to take it from",
    "se esperaba una puntuación (-10 a 10) o un código CAMEO del que tomarla",
  ],
  "validation.duplicate": [
    'duplicate id "{id}" (already used by {where})',
    'identificador repetido "{id}" (ya lo usa {where})',
  ],
  "validation.followsItself": [
    'an event cannot follow itself ("{id}")',
    'un evento no puede seguirse a sí mismo ("{id}")',
  ],
  "validation.cycle": [
    '"after" links form a cycle: {cycle}; a response cannot precede its own cause',
    'los enlaces "after" forman un ciclo: {cycle}; una respuesta no puede preceder a su propia causa',
  ],
  "validation.beforeCause": [
    '"{id}" is dated {own}, which ends before "{cause}" starts ({start}); expected a date on or after its cause, or no "after" link',
    '"{id}" tiene fecha {own}, que termina antes de que empiece "{cause}" ({start}); se esperaba una fecha igual o posterior a su causa, o ningún enlace "after"',
  ],
  "validation.beforeCausePossible": [
    '"{id}" is dated {own}, which ends before "{cause}" can start ({start}); expected a date on or after its cause, or no "after" link',
    '"{id}" tiene fecha {own}, que termina antes de que pueda empezar "{cause}" ({start}); se esperaba una fecha igual o posterior a su causa, o ningún enlace "after"',
  ],
  "validation.within": [
    'interval "{interval}" does not overlap the event\'s date "{date}"; expected an interval the date can lie in',
    'el intervalo "{interval}" no coincide con la fecha del evento "{date}"; se esperaba un intervalo que pueda contener la fecha',
  ],
  "validation.thirdPartyTwice": [
    '"{code}" is already one of the dataset\'s two parties',
    '"{code}" ya es una de las dos partes del conjunto de datos',
  ],
  "validation.selfTarget": [
    'target "{code}" is the initiator too; expected another party',
    'el destinatario "{code}" es también el iniciador; se esperaba otra parte',
  ],
  "validation.cameoUnknown": [
    'unknown CAMEO code "{code}"; expected a code from GDELT\'s CAMEO table',
    'código CAMEO desconocido "{code}"; se esperaba un código de la tabla CAMEO de GDELT',
  ],
  "validation.ownLanguage": [
    'the dataset is written in "{lang}" already; expected translations into other languages (set "lang" if the dataset\'s texts are not in English)',
    'el conjunto de datos ya está escrito en "{lang}"; se esperaban traducciones a otros idiomas (indique "lang" si sus textos no están en inglés)',
  ],
  "validation.noOriginal": [
    "translates {a} {field} the original does not have; expected no {field} here, or {a} {field} in the original",
    "traduce un campo {field} que el original no tiene; se esperaba ningún {field} aquí, o un {field} en el original",
  ],
  "validation.unknownTranslated": [
    'translation of an unknown {what} "{key}"; expected one of: {list}',
    'traducción de un elemento desconocido ({what}) "{key}"; se esperaba uno de: {list}',
  ],
  "validation.unknown": [
    'unknown {what} "{id}"; expected one of: {list}',
    'identificador desconocido ({what}): "{id}"; se esperaba uno de: {list}',
  ],
  "validation.dateOrder": [
    '{later} "{b}" is before {earlier} "{a}"',
    '{later} "{b}" es anterior a {earlier} "{a}"',
  ],
  "validation.notString": ["expected {what} as a string", "se esperaba {what} como texto"],
  "validation.empty": ["{what} is empty", "{what}: está vacío"],
} as const satisfies Record<string, readonly [string, string]>;

/** The field and record names the validator's texts insert as `{what}`, in Spanish. */
export const VALIDATION_WHAT: Readonly<Record<string, string>> = {
  "party name": "el nombre de la parte",
  "source title": "el título de la fuente",
  publisher: "el editor",
  "topic label": "el nombre del tema",
  "actor name": "el nombre del actor",
  "actor role": "el cargo del actor",
  "era label": "el nombre de la etapa",
  "era summary": "el resumen de la etapa",
  title: "el título",
  description: "la descripción",
  summary: "el resumen",
  quote: "la cita",
  note: "la nota",
  "score note": "la nota de la puntuación",
  "date label": "la fecha tal como se muestra",
  "media caption": "el pie de la imagen",
  "media credit": "el crédito de la imagen",
  "media alt text": "el texto alternativo de la imagen",
  "what changed": "lo que cambió",
  "why it changed": "por qué cambió",
  "what the source says": "lo que dice la fuente",
  "what the sources disagree about": "el motivo de la discrepancia",
  "how the dataset resolves it": "cómo la resuelve el conjunto de datos",
  "translated party name": "el nombre traducido de la parte",
  "translated topic label": "el nombre traducido del tema",
  account: "la versión",
  change: "el cambio",
  label: "el nombre",
  name: "el nombre",
  reason: "el motivo",
  resolution: "la resolución",
  role: "el cargo",
  "subject of the disagreement": "el motivo de la discrepancia",
  topic: "tema",
  actor: "actor",
  source: "fuente",
  event: "evento",
  party: "parte",
  era: "etapa",
  citation: "cita",
  correction: "corrección",
};
