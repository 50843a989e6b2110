/**
 * Corrections on the record, as a newspaper prints them: the date, what changed and why. Shown
 * whenever the dataset carries any, so a reader can see how the record was put right.
 */
import { mustParseEdtf } from "../model/date.ts";
import { formatPreciseDate } from "../model/format.ts";
import { useDetente } from "../store/context.tsx";
import { useT } from "./useT.ts";

export function Corrections({ headingId }: { readonly headingId: string }) {
  const t = useT();
  const corrections = useDetente((s) => s.dataset.corrections);
  const events = useDetente((s) => s.dataset.events);
  const lang = useDetente((s) => s.settings.lang);
  if (!corrections || corrections.length === 0) return null;
  const titles = new Map(events.map((event) => [event.id, event.title]));
  return (
    <section className="detente-corrections" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("corrections.heading")}</h2>
      <ul>
        {corrections.map((correction, i) => (
          <li key={i}>
            <time dateTime={correction.date}>
              {formatPreciseDate(mustParseEdtf(correction.date), lang)}
            </time>
            {": "}
            {correction.change} <span className="detente-muted">{correction.reason}</span>
            {correction.events && correction.events.length > 0 ? (
              <span className="detente-corrections-events">
                {" "}
                {t("corrections.events", {
                  titles: correction.events.map((id) => titles.get(id) ?? id).join("; "),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
