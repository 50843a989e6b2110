/** Introduces an era as the story enters it: its name, its dates, and its summary if it has one. */
import "../../i18n/storyStageWords.ts";
import { formatPreciseDate } from "../../i18n/format.ts";
import { mustParseEdtf } from "../../model/date.ts";
import type { Era } from "../../model/schema.ts";
import { useDetente } from "../../store/context.tsx";
import { useT } from "../../store/useT.ts";

export function EraCard({ era }: { readonly era: Era }) {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  return (
    <aside className="detente-story-era" aria-label={`${t("story.era")}: ${era.label}`}>
      <p className="detente-story-era-name">
        <span className="detente-story-era-tag">{t("story.era")}</span> {era.label}
        <span className="detente-muted">
          {" "}
          ·{" "}
          {t("story.period", {
            from: formatPreciseDate(mustParseEdtf(era.start), lang),
            to: formatPreciseDate(mustParseEdtf(era.end), lang),
          })}
        </span>
      </p>
      {era.summary ? <p>{era.summary}</p> : null}
    </aside>
  );
}
