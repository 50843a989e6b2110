/**
 * The body of "How is this computed?": the formula, the defaults, the bands and the caveats. The
 * explanation starts closed, so it and its words come in a chunk of their own (HowComputed.tsx).
 */
import "../i18n/howWords.ts";
import { TENSION_BANDS } from "../model/tension.ts";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";

export function HowComputedBody() {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  const halfLife = useDetente((s) => s.settings.halfLife);
  return (
    <>
      <p>{t("how.summary", { halfLife })}</p>
      <h3>{t("how.formula")}</h3>
      <pre className="detente-formula">
        {[
          "impulse_i = w_i · s_i        (s_i: Goldstein score, −10 … +10)",
          "E(d) = E(d−1) · 2^(−1/h) + Σ impulses on day d",
          "R(d) = 10 · tanh((B + E(d)) / K)",
          "T(d) = 50 − 5 · R(d)         (0 = close, 100 = hostile)",
        ].join("\n")}
      </pre>
      <h3>{t("how.defaults")}</h3>
      <p>{t("how.defaultsText", { halfLife })}</p>
      <h3>{t("how.bands")}</h3>
      <ul className="detente-band-table">
        {TENSION_BANDS.map((band) => (
          <li key={band.id}>
            {band.label[lang]}: {band.min}–{band.max}
          </li>
        ))}
      </ul>
      <p>{t("how.uncertainty")}</p>
      <h3>{t("how.caveats")}</h3>
      <ul>
        <li>{t("how.caveat1")}</li>
        <li>{t("how.caveat2")}</li>
        <li>{t("how.caveat3")}</li>
      </ul>
      <h3>{t("how.citation")}</h3>
      <p>{t("how.citationText")}</p>
    </>
  );
}
