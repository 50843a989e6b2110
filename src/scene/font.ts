/** The chart's typeface: the system sans-serif, on the canvas and in exported documents alike. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
