/**
 * An import report's texts in the reader's language. The importers word their reports in
 * English (src/io); each wording is a message in messages/importReport.ts, found again here by
 * matching the text against the English templates, its values carried over into the reader's
 * language. A text no template matches (a validation message, an error from the browser) is
 * shown as written.
 */
import type { Lang } from "./format.ts";
import { REPORT_TEXTS, type ReportTextKey } from "./messages/importReport.ts";
import { VALIDATION_WHAT } from "./messages/validationReport.ts";

/** A validator's `{what}` (a field or kind of record) in Spanish; unknown names as written. */
function whatInSpanish(what: string): string {
  const translated = /^translated (.+)$/.exec(what)?.[1];
  if (translated !== undefined) {
    const base = VALIDATION_WHAT[translated] ?? translated;
    return `la traducción de ${base}`.replace(/ de el /, " del ");
  }
  return VALIDATION_WHAT[what] ?? what;
}

interface Template {
  readonly key: ReportTextKey;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** What each placeholder may match: counts are digits, line lists digits and commas. */
const PLACEHOLDER: Readonly<Record<string, string>> = {
  n: String.raw`(\d+)`,
  k: String.raw`(\d+)`,
  max: String.raw`(\d+)`,
  rows: String.raw`(\d+)`,
  days: String.raw`(\d+)`,
  line: String.raw`(\d+)`,
  column: String.raw`(\d+)`,
  lines: String.raw`(\d+(?:, \d+)*(?:, …)?)`,
};

let templates: readonly Template[] | undefined;

function compile(): readonly Template[] {
  return (Object.keys(REPORT_TEXTS) as ReportTextKey[]).map((key) => {
    const [english] = REPORT_TEXTS[key];
    const names: string[] = [];
    const source = english
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return PLACEHOLDER[name] ?? "(.+?)";
      })
      .join("");
    return { key, pattern: new RegExp(`^${source}$`, "s"), names };
  });
}

/** The message key and values a report text was worded from, if it was. */
export function reportTextKey(
  text: string,
): { key: ReportTextKey; values: Record<string, string> } | undefined {
  templates ??= compile();
  for (const template of templates) {
    const match = template.pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    template.names.forEach((name, i) => (values[name] = match[i + 1] ?? ""));
    return { key: template.key, values };
  }
  return undefined;
}

/** A report text (reason, warning, problem or its path) in `lang`; unknown texts unchanged. */
export function localizeReportText(text: string, lang: Lang): string {
  if (lang === "en") return text;
  const found = reportTextKey(text);
  if (!found) return text;
  const [, spanish] = REPORT_TEXTS[found.key];
  return spanish.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = found.values[name] ?? "";
    // A value that is itself a report text (a reason after "era: ") is translated in turn.
    if (name === "text") return localizeReportText(value, lang);
    return name === "what" ? whatInSpanish(value) : value;
  });
}
