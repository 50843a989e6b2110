// Types for static-server.mjs (plain JS so that Node scripts can import it without a loader).

export interface StaticServerOptions {
  /** Directory to serve, e.g. the absolute path of dist/. */
  root: string;
  /** Interface to listen on. Default "127.0.0.1". */
  host?: string;
  /** Port to listen on. Default 0: a free port chosen by the OS. */
  port?: number;
  /** Extra headers sent with every file (e.g. CORS or CSP headers for a cross-origin test). */
  headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  /** Origin of the server without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  port: number;
  /** Real absolute path of the served directory. */
  root: string;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>>;

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
