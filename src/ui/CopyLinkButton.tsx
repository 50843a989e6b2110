/**
 * "Copy link": puts a link to the view on screen in the clipboard. Where the clipboard API is
 * missing (plain http, old browsers) or refuses (permissions), the link is shown selected in a
 * read-only field instead, so copying it is one keystroke away.
 */
import { useEffect, useRef, useState } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { currentViewUrl, loadedViewLink, loadViewLink } from "../store/urlSync.ts";
import { writeClipboard } from "./clipboard.ts";
import { useT } from "../store/useT.ts";
import { preloadProps } from "./preloadProps.ts";

type Status = "idle" | "copied" | "manual";

/** How long the confirmation stays: long enough to read, short enough not to go stale. */
const STATUS_MS = 5000;

/** The URL writer, loaded ahead of a click so that the copy runs within the click's activation. */
const preload = preloadProps(loadViewLink);

export function CopyLinkButton() {
  const t = useT();
  const store = useDetenteStore();
  const [status, setStatus] = useState<Status>("idle");
  // Bumped on every copy so the live region's text is a new node and is announced again.
  const [announcement, setAnnouncement] = useState(0);
  const [manualUrl, setManualUrl] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status, announcement]);

  useEffect(() => {
    if (manualUrl === null) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [manualUrl, announcement]);

  const copy = async (): Promise<void> => {
    // Serialize now: the address bar may still be waiting for the debounced update. The writer
    // is usually in already (loaded on pointing at or focusing the button, or by a change of
    // view); should it fail to load, the address bar's link is the best there is.
    // With the writer in, nothing is awaited before the clipboard (Safari asks that the write
    // start within the click).
    const loaded = loadedViewLink();
    const url = loaded
      ? currentViewUrl(store, loaded)
      : await loadViewLink().then(
          (link) => currentViewUrl(store, link),
          () => window.location.href,
        );
    const copied = await writeClipboard(url);
    setManualUrl(copied ? null : url);
    setStatus(copied ? "copied" : "manual");
    setAnnouncement((n) => n + 1);
  };

  return (
    <>
      <button type="button" className="detente-button" onClick={() => void copy()} {...preload}>
        {t("share.copyLink")}
      </button>
      {manualUrl !== null && (
        <input
          ref={fieldRef}
          className="detente-select"
          type="text"
          readOnly
          size={32}
          value={manualUrl}
          aria-label={t("share.linkLabel")}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <span className="detente-share-status" role="status" aria-live="polite">
        {status !== "idle" && (
          <span key={announcement}>
            {t(status === "copied" ? "share.copied" : "share.copyManually")}
          </span>
        )}
      </span>
    </>
  );
}
