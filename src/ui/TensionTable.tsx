/**
 * "Show daily values as a table" under the tension chart: a toggle, and the table itself
 * (TensionDailyTable.tsx), loaded on the first press rather than with the page.
 */
import { lazy, Suspense, useId, useState } from "react";
import { useT } from "../store/useT.ts";

const TensionDailyTable = lazy(() => import("./TensionDailyTable.tsx"));

export function TensionTable({ alwaysOpen = false }: { readonly alwaysOpen?: boolean }) {
  const t = useT();
  const ids = useId();
  const [toggled, setOpen] = useState(false);
  const open = alwaysOpen || toggled;
  return (
    <div className="detente-table-toggle">
      {alwaysOpen ? null : (
        <button
          type="button"
          className="detente-button detente-text-button"
          aria-expanded={open}
          aria-controls={`${ids}-table`}
          onClick={() => setOpen(!open)}
        >
          {open ? t("tension.tableHide") : t("tension.table")}
        </button>
      )}
      {open ? (
        <Suspense fallback={null}>
          <TensionDailyTable id={`${ids}-table`} />
        </Suspense>
      ) : null}
    </div>
  );
}
