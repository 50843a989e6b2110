/**
 * Calls the bundler may drop when their result is unused. d3-time ships one module that builds
 * every interval at its top level (local and UTC, each weekday, the tickers) through calls the
 * bundler cannot prove free of side effects, so all of them stayed in the first load although
 * the axis uses two (utcDay, utcMonth). These functions only build and return intervals: their
 * calls are pure. Names are matched in every module, so none of Détente's own may take them.
 * (Dropping property reads too, `propertyReadSideEffects: false`, would save 0.6 kB more, but
 * it applies to every library and changed React DOM's code as well: not taken.)
 */
export const pureLibraryCalls = {
  manualPureFunctions: ["timeInterval", "timeWeekday", "utcWeekday", "ticker"],
};
