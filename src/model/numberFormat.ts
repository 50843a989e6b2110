/**
 * Number formats made once per locale and options. Building an Intl.NumberFormat costs far more
 * than formatting with one, and axis labels and counts are formatted on every frame.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  locale: string,
  options: Readonly<Intl.NumberFormatOptions> = {},
): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
