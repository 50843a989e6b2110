/**
 * The instance's toolbar: language and theme, and the sharing and export actions. Each action
 * lives in its own component; this file only lays them out.
 */
import { useId } from "react";
import type { Lang } from "../i18n/format.ts";
import { useDetente } from "../store/context.tsx";
import type { Theme } from "../store/types.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { OpenData } from "./OpenData.tsx";
import { useT } from "../store/useT.ts";
import { withMessages } from "../i18n/translate.ts";

const LANGS: readonly Lang[] = ["en", "es"];
const THEMES: readonly Theme[] = ["auto", "light", "dark"];

export function AppToolbar({
  share = true,
  id,
}: {
  readonly share?: boolean;
  readonly id?: string;
}) {
  const t = useT();
  const ids = useId();
  const settings = useDetente((s) => s.settings);
  const setSettings = useDetente((s) => s.setSettings);
  return (
    <div id={id} className="detente-app-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      {/* Each label stays on the row of the control it names when the toolbar wraps (phone menu). */}
      <span className="detente-labelled">
        <label htmlFor={`${ids}-lang`}>{t("toolbar.language")}</label>
        <select
          id={`${ids}-lang`}
          className="detente-select"
          value={settings.lang}
          onChange={(event) => {
            const lang = event.target.value === "es" ? "es" : "en";
            withMessages(lang, () => setSettings({ lang }));
          }}
        >
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {t(`lang.${lang}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="detente-labelled">
        <label htmlFor={`${ids}-theme`}>{t("toolbar.theme")}</label>
        <select
          id={`${ids}-theme`}
          className="detente-select"
          value={settings.theme}
          onChange={(event) => {
            const theme = THEMES.find((candidate) => candidate === event.target.value);
            if (theme) setSettings({ theme });
          }}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`theme.${theme}`)}
            </option>
          ))}
        </select>
      </span>
      {/* Sharing and export actions go here. */}
      {share ? (
        <>
          <CopyLinkButton />
          <EmbedDialog />
        </>
      ) : null}
      <ExportMenu />
      <OpenData />
    </div>
  );
}
