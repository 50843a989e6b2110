/**
 * The Filters panel, closed in a first view: its summary here, and its body (the topic, actor
 * and party filters, the date range, what happens to filtered-out events) in a chunk of its own,
 * FilterPanelBody.tsx, loaded when a reader first opens it.
 */
import { lazy, Suspense, useState } from "react";
import { isFiltering } from "../model/filters.ts";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";

const FilterPanelBody = lazy(() => import("./FilterPanelBody.tsx"));

export function FilterPanel() {
  const t = useT();
  const filters = useDetente((s) => s.filters);
  const [open, setOpen] = useState(false);
  return (
    <details className="detente-filters" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t("filters.heading")}
        {isFiltering(filters) ? " •" : ""}
      </summary>
      {open ? (
        <Suspense fallback={null}>
          <FilterPanelBody />
        </Suspense>
      ) : null}
    </details>
  );
}
