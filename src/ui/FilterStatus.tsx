/** Says what the filters did: how many events show, why details closed, and a way back. */
import { isFiltering } from "../model/filters.ts";
import { useDetente } from "../store/context.tsx";
import { selectEventById, selectEvents, selectFilteredEvents } from "../store/selectors.ts";
import { useT } from "../store/useT.ts";

export function FilterStatus() {
  const t = useT();
  const filters = useDetente((s) => s.filters);
  const shown = useDetente(selectFilteredEvents).length;
  const total = useDetente(selectEvents).length;
  const hidden = useDetente((s) => selectEventById(s, s.deselectedByFilter));
  const clearFilters = useDetente((s) => s.clearFilters);
  const filtering = isFiltering(filters);
  return (
    <div className="detente-filter-status" role="status">
      {filtering ? (
        <p>
          {shown === 0 ? (
            <strong>{t("filters.empty")}</strong>
          ) : (
            t("filters.shown", { shown, total })
          )}{" "}
          <button
            type="button"
            className="detente-button detente-text-button"
            onClick={clearFilters}
          >
            {t("filters.clear")}
          </button>
        </p>
      ) : null}
      {hidden ? <p>{t("filters.deselected", { title: hidden.source.title })}</p> : null}
    </div>
  );
}
