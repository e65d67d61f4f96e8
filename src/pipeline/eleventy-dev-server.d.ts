/** Minimal typings for the parts of @11ty/eleventy-dev-server 2.1.2 that `npm run dev` uses (the package ships none). */
declare module '@11ty/eleventy-dev-server' {
  export interface DevServerOptions {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    showVersion?: boolean;
    portReassignmentRetryCount?: number;
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string }) => string | false;
    logger?: { info(msg: string): void; log(msg: string): void; error(msg: string): void };
    /** Run before the server's own file handling, in order. */
    middleware?: Array<(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void>;
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    /** The HTTP server (created on first access). */
    readonly server: import('node:http').Server;
    /** How serve() and the port retries listen; replaced to choose the address. */
    _serverListen(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** How the server maps a request's URL to a file in its folder (200 with the file, a redirect, or 404). */
    mapUrlToFilePath(url: string): { statusCode: number; filepath?: string; url?: string };
    reload(event: { files?: string[]; subtype?: 'css'; build?: { templates: unknown[] } }): void;
    sendError(event: { error: Error }): void;
    close(): Promise<void>;
  }
}
