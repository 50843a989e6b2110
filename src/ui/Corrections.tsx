/**
 * Corrections on the record, as a newspaper prints them: the date, what changed and why, with
 * links to the events concerned. Shown whenever the dataset carries any.
 */
import { mustParseEdtf } from "../model/date.ts";
import { formatPreciseDate } from "../i18n/format.ts";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { selectLocalDataset } from "../store/selectors.ts";

export function Corrections({ headingId }: { readonly headingId: string }) {
  const t = useT();
  const corrections = useDetente((s) => selectLocalDataset(s).corrections);
  const events = useDetente((s) => selectLocalDataset(s).events);
  const lang = useDetente((s) => s.settings.lang);
  const select = useDetente((s) => s.select);
  if (!corrections || corrections.length === 0) return null;
  const titles = new Map(events.map((event) => [event.id, event.title]));
  return (
    <section className="detente-corrections" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("corrections.heading")}</h2>
      <ul>
        {corrections.map((correction, i) => (
          <li key={i}>
            <p>
              <strong>
                <time dateTime={correction.date}>
                  {formatPreciseDate(mustParseEdtf(correction.date), lang)}
                </time>
              </strong>
              {" — "}
              {correction.change}
            </p>
            <p className="detente-muted">
              {t("corrections.why")}: {correction.reason}
            </p>
            {correction.events && correction.events.length > 0 ? (
              <p className="detente-corrections-events">
                {t("corrections.events")}:{" "}
                {correction.events.map((id, j) => (
                  <span key={id}>
                    {j > 0 ? "; " : ""}
                    <button
                      type="button"
                      className="detente-link-button"
                      onClick={() => select(id)}
                    >
                      {titles.get(id) ?? id}
                    </button>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
