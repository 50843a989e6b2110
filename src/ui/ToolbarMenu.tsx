/**
 * The toolbar, folded behind a Menu button where the instance is narrow (a phone), so the first
 * screen shows the chart; on wider instances the button is hidden and the toolbar always shows.
 */
import { useId, useState } from "react";
import { AppToolbar } from "./AppToolbar.tsx";
import { useT } from "../store/useT.ts";

export function ToolbarMenu({ share }: { readonly share: boolean }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="detente-toolbar-area" data-open={open ? "" : undefined}>
      <button
        type="button"
        className="detente-button detente-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰ </span>
        {t("app.menu")}
      </button>
      <AppToolbar share={share} id={id} />
    </div>
  );
}
