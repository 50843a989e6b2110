/**
 * The baseline's words under the tension chart: what the dash-dotted line is, its peak and last
 * value (the line's text alternative), its value on the crosshair's day, and any trouble loading
 * or reading the file. Loaded with the first baseline; it imports only its words, and takes its
 * figures ready-made from the chart, so it adds no shared code to split the first load.
 */
import type { Lang } from "../i18n/format.ts";
import { baselineEn, baselineEs } from "../i18n/messages/baseline.ts";
import type { BaselineState } from "./baseline.tsx";

type BaselineKey = keyof typeof baselineEn;

/** A value on the tension scale with its band's name and, for a summary, its day in words. */
export interface BaselineFact {
  readonly value: number;
  readonly band: string;
  readonly date: string;
}

export interface BaselineNoteProps {
  readonly state: BaselineState;
  readonly lang: Lang;
  readonly parties: string;
  readonly peak: BaselineFact | undefined;
  readonly last: BaselineFact | undefined;
  /** The baseline on the crosshair's day, when it covers that day. */
  readonly atDay: BaselineFact | undefined;
}

/** `{name}` placeholders filled as t() fills them; these words stay out of the shared table. */
function wordsFor(lang: Lang) {
  const table = lang === "es" ? baselineEs : baselineEn;
  return (key: BaselineKey, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
}

/** The file's name as a reader would call it: the last part of its address. */
function fileOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(name) || url;
  } catch {
    return name || url;
  }
}

export default function BaselineNote(props: BaselineNoteProps) {
  const { state, lang, peak, last, atDay } = props;
  const t = wordsFor(lang);
  const name = t("baseline.name");
  const file = fileOf(state.url);
  if (state.status === "loading")
    return <p className="detente-muted detente-baseline-note">{t("baseline.loading")}</p>;
  if (state.status === "failed")
    return (
      <p className="detente-baseline-note" role="status">
        {t("baseline.failed", { file, reason: state.reason })}
      </p>
    );
  const summary =
    peak && last
      ? ` ${t("baseline.summary", {
          name,
          peak: Math.round(peak.value),
          peakBand: peak.band,
          peakDate: peak.date,
          last: Math.round(last.value),
          lastBand: last.band,
          lastDate: last.date,
        })}`
      : "";
  return (
    <div className="detente-baseline-note">
      <p>
        <span className="detente-baseline-key" aria-hidden="true" />{" "}
        {t("baseline.legend", { name })}.{summary}
      </p>
      {state.days === 0 ? <p>{t("baseline.none", { file, parties: props.parties })}</p> : null}
      {atDay ? (
        <p aria-live="polite">
          {t("baseline.atDay", { name, value: Math.round(atDay.value), band: atDay.band })}
        </p>
      ) : null}
      {state.skipped > 0 && state.firstProblem ? (
        <p>
          {t("baseline.skipped", {
            count: state.skipped,
            file,
            line: state.firstProblem.line,
            reason: state.firstProblem.message,
          })}
        </p>
      ) : null}
    </div>
  );
}
