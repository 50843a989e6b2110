/**
 * What the details column says before an event is opened: how to open one, and how to read the
 * marks (their shapes carry the tone, so colour is never the only signal).
 */
import { useT } from "../store/useT.ts";

export function DetailsPlaceholder() {
  const t = useT();
  return (
    <aside className="detente-details-placeholder" aria-label={t("details.placeholderLabel")}>
      <p>{t("details.placeholder")}</p>
      <ul className="detente-legend-list">
        <li>
          <span data-tone="conflict" aria-hidden="true">
            ▼
          </span>{" "}
          {t("legend.conflict")}
        </li>
        <li>
          <span data-tone="cooperation" aria-hidden="true">
            ●
          </span>{" "}
          {t("legend.cooperation")}
        </li>
        <li>
          <span data-tone="neutral" aria-hidden="true">
            ■
          </span>{" "}
          {t("legend.neutral")}
        </li>
        <li>
          <span className="detente-legend-badge" aria-hidden="true">
            3
          </span>{" "}
          {t("legend.group")}
        </li>
      </ul>
    </aside>
  );
}
