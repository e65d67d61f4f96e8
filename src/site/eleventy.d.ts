/** Minimal typings for the parts of Eleventy 3.1.7 this project uses (the package ships none). */
declare module '@11ty/eleventy' {
  export interface NunjucksEnvironment {
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    getFilter(name: string): (value: string) => unknown;
  }
  export interface EleventyUserConfig {
    globalData: Record<string, unknown>;
    addGlobalData(name: string, data: unknown): EleventyUserConfig;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addNunjucksGlobal(name: string, value: unknown): void;
    addPassthroughCopy(path: string | Record<string, string>): EleventyUserConfig;
    amendLibrary(engine: 'njk', fn: (env: NunjucksEnvironment) => void): void;
    setNunjucksEnvironmentOptions(options: { autoescape?: boolean; throwOnUndefined?: boolean; trimBlocks?: boolean; lstripBlocks?: boolean }): void;
    setTemplateFormats(formats: string | string[]): void;
    setUseGitIgnore(enabled: boolean): void;
    setQuietMode(quiet: boolean): void;
    setDataFileSuffixes(suffixes: string[]): void;
    ignores: Set<string>;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (cfg: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    init(): Promise<void>;
    /** Silences every Eleventy log line, errors included (the CLI reports the first error itself). */
    disableLogger(): void;
  }
}
