/**
 * The baseline's words under the tension chart: what the dashed line is, its peak and last value
 * (the text alternative of the line), its value on the crosshair's day, and any trouble loading
 * or reading the file.
 */
import { dayLabel } from "../i18n/tensionText.ts";
import { bandOf, summarize } from "../model/tension.ts";
import type { BaselineLine } from "../scene/tensionScene.ts";
import { useDetente } from "../store/context.tsx";
import type { Lang } from "../i18n/format.ts";
import { baselineEn, baselineEs } from "../i18n/messages/baseline.ts";
import type { BaselineState } from "./baseline.tsx";

/** The file's name as a reader would call it: the last part of its address. */
function fileOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1)) || url;
}

type BaselineKey = keyof typeof baselineEn;
type Words = (key: BaselineKey, values?: Record<string, string | number>) => string;

/**
 * The baseline's words, kept out of the first load with the rest of the baseline (so they are
 * not in the shared message table): `{name}` placeholders filled as t() fills them.
 */
function wordsFor(lang: Lang): Words {
  const table = lang === "es" ? baselineEs : baselineEn;
  return (key, values = {}) =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
}

export function baselineSummary(line: BaselineLine, lang: Lang, t: Words): string {
  const summary = summarize(line.series, line.lastDay);
  if (!summary) return "";
  return t("baseline.summary", {
    name: t("baseline.name"),
    peak: Math.round(summary.peak.tension),
    peakBand: summary.peak.band.label[lang],
    peakDate: dayLabel(summary.peak.day, lang),
    last: Math.round(summary.last.tension),
    lastBand: summary.last.band.label[lang],
    lastDate: dayLabel(summary.last.day, lang),
  });
}

interface Props {
  readonly state: BaselineState;
  readonly line: BaselineLine | undefined;
  readonly day: number | null;
}

export default function BaselineNote({ state, line, day }: Props) {
  const lang = useDetente((s) => s.settings.lang);
  const t = wordsFor(lang);
  const parties = useDetente((s) => s.dataset.parties);
  const file = fileOf(state.url);
  if (state.status === "loading")
    return <p className="detente-muted detente-baseline-note">{t("baseline.loading")}</p>;
  if (state.status === "failed")
    return (
      <p className="detente-baseline-note" role="status">
        {t("baseline.failed", { file, reason: state.reason })}
      </p>
    );
  const value =
    line && day !== null && day >= line.firstDay && day <= line.lastDay
      ? line.series.tension[day - line.series.fromDay]
      : undefined;
  return (
    <div className="detente-baseline-note">
      <p>
        <span className="detente-baseline-key" aria-hidden="true" />{" "}
        {t("baseline.legend", { name: t("baseline.name") })}
        {line ? ` ${baselineSummary(line, lang, t)}` : ""}
      </p>
      {state.days === 0 ? (
        <p>{t("baseline.none", { file, parties: `${parties[0].code} – ${parties[1].code}` })}</p>
      ) : null}
      {value !== undefined ? (
        <p aria-live="polite">
          {t("baseline.atDay", {
            name: t("baseline.name"),
            value: Math.round(value),
            band: bandOf(value).label[lang],
          })}
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
