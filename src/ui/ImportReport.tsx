/**
 * The end of every import, successful or not: how many events were taken, how many rows were
 * left out and why (one line per reason, with the first line numbers), the warnings, and the
 * first problems with where they are. Nothing an importer counted is left unsaid here.
 */
import "../i18n/importPanelWords.ts";
import { localizeReportText } from "../i18n/reportText.ts";
import { useEffect, useId, useRef } from "react";
import type { ImportFormat, ImportReport as Report } from "../io/pipeline/report.ts";
import { useDetente } from "../store/context.tsx";
import type { MessageKey } from "../i18n/translate.ts";
import { useT } from "../store/useT.ts";
import { countText } from "../i18n/countText.ts";

export const FORMAT_LABELS: Record<ImportFormat, MessageKey> = {
  "detente-json": "import.format.detente-json",
  "detente-arrow": "import.format.detente-arrow",
  "timelinejs-json": "import.format.timelinejs-json",
  "timelinejs-csv": "import.format.timelinejs-csv",
  "vis-json": "import.format.vis-json",
  csv: "import.format.csv",
  gdelt: "import.format.gdelt",
  icews: "eventdata.format.icews",
  polecat: "eventdata.format.polecat",
  "plover-json": "eventdata.format.plover-json",
  acled: "eventdata.format.acled",
  unknown: "import.format.unknown",
};

export { formatCount } from "../i18n/countText.ts";

export interface ImportReportProps {
  readonly report: Report;
  /** The file name or URL. */
  readonly name: string;
  readonly ok: boolean;
  readonly onDismiss: () => void;
}

export function ImportReport({ report, name, ok, onDismiss }: ImportReportProps) {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = (count: number): string =>
    countText(t, lang, count, "import.rows.one", "import.rows.many");
  const skippedTotal = report.skipped.reduce((sum, group) => sum + group.count, 0);
  const values = { name, format: t(FORMAT_LABELS[report.format]) };

  // A new report takes the focus, so keyboard and screen-reader users land on the outcome. After
  // the next paint: focusing lays the page out at once, and the render that shows an import of
  // 50,000 events must not also pay for that layout in the same task.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => headingRef.current?.focus({ preventScroll: false }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [report]);

  return (
    <section
      className={`detente-import-report ${ok ? "detente-import-ok" : "detente-import-failed"}`}
      aria-labelledby={`${ids}-heading`}
    >
      <h2 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
        {t("import.report")}
      </h2>
      <p role={ok ? undefined : "alert"}>
        {ok
          ? t("import.report.ok", {
              ...values,
              events: countText(
                t,
                lang,
                report.eventsTaken,
                "import.events.one",
                "import.events.many",
              ),
            })
          : t("import.report.failed", values)}
      </p>
      {skippedTotal === 0 ? (
        <p>{t("import.report.noneSkipped")}</p>
      ) : (
        <>
          <p>{t("import.report.skipped", { rows: rows(skippedTotal) })}</p>
          <ul className="detente-import-skipped">
            {report.skipped.map((group) => (
              <li key={group.reason}>
                {t("import.report.group", {
                  rows: rows(group.count),
                  reason: localizeReportText(group.reason, lang),
                })}
                {group.lines.length > 0 ? (
                  <>
                    {" "}
                    {t(
                      group.lines.length === 1 && group.count === 1
                        ? "import.report.line"
                        : "import.report.lines",
                      {
                        lines:
                          group.lines.join(", ") + (group.count > group.lines.length ? ", …" : ""),
                      },
                    )}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t("import.report.warnings")}</h3>
          <ul>
            {report.warnings.map((warning) => (
              <li key={warning}>{localizeReportText(warning, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.problems.length > 0 ? (
        <>
          <h3>{t("import.report.problems")}</h3>
          <ul className="detente-import-problems">
            {report.problems.map((problem, i) => (
              <li key={i}>
                {/* Validation problems name a JSON path and, where the file has one, a line. */}
                {problem.line !== undefined && !problem.path.startsWith("line ")
                  ? `${t("import.report.atLine", { line: problem.line })}, `
                  : null}
                <code>{localizeReportText(problem.path, lang)}</code>:{" "}
                {localizeReportText(problem.message, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="detente-button detente-text-button" onClick={onDismiss}>
        {t("import.report.dismiss")}
      </button>
    </section>
  );
}
