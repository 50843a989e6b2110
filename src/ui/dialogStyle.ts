import type { CSSProperties } from "react";

/**
 * The look of the page's modal dialogs (Embed, Export), `width` wide at most. Inline styles:
 * React applies them through the CSSOM, which a strict style-src allows.
 */
export function dialogStyle(width: string): CSSProperties {
  return {
    width: `min(${width}, calc(100vw - 2rem))`,
    maxHeight: "calc(100vh - 2rem)",
    padding: "16px",
    color: "var(--detente-text)",
    background: "var(--detente-bg)",
    border: "1px solid var(--detente-border)",
    borderRadius: "8px",
  };
}
