/**
 * What a reader sees while a dataset loads, before any store (and so any translator) exists.
 * A quick load shows nothing but the status text (read by screen readers, hidden from sight), so
 * nothing flashes; past SHOW_AFTER_MS a progress bar appears, with the bytes read when the
 * server gave a size.
 */
import { useEffect, useState } from "react";
import type { LoadProgress } from "../io/pipeline/readDataset.ts";
import type { Lang } from "../i18n/format.ts";

/** Loads shorter than this show no bar at all. */
export const SHOW_AFTER_MS = 300;

export const LOADING_TEXT: Record<Lang, { loading: string; progress: string }> = {
  en: { loading: "Loading the timeline…", progress: "Loading progress" },
  es: { loading: "Cargando la línea de tiempo…", progress: "Progreso de la carga" },
};

function megabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes / 1e6);
}

export function LoadingStatus({
  lang,
  progress,
  className = "detente",
}: {
  readonly lang: Lang;
  readonly progress: LoadProgress | null;
  readonly className?: string;
}) {
  const words = LOADING_TEXT[lang];
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const total = progress?.totalBytes ?? null;
  return (
    <div className={`${className} detente-loading`} aria-busy="true">
      <p role="status" className={shown ? undefined : "detente-visually-hidden"}>
        {words.loading}
      </p>
      {shown ? (
        <p className="detente-loading-bar">
          <progress
            aria-label={words.progress}
            {...(total !== null && total > 0
              ? { max: total, value: Math.min(progress?.bytes ?? 0, total) }
              : {})}
          />{" "}
          {progress
            ? total !== null
              ? `${megabytes(progress.bytes, lang)} / ${megabytes(total, lang)}`
              : megabytes(progress.bytes, lang)
            : null}
        </p>
      ) : null}
    </div>
  );
}
