/** Types of src/launch.mjs (plain JavaScript: it runs before any TypeScript can). */
export declare const BUNDLED: unique symbol;
export declare const BUNDLED_MODULES: unique symbol;
export declare const SIDE_ENTRIES: string[];
export declare function launch(options: { name: string; entry: string; packagesInside?: boolean; what: string }): Promise<void>;
