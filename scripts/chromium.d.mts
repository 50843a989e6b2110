// Types for chromium.mjs (plain JS so that Node scripts can import it without a loader).
export declare const chromiumPath: string;
export declare const chromiumArgs: readonly string[];
