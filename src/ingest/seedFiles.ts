/** Which files of the seeds folder are seeds: read by the scan (scan.ts) and by the build record's listing (src/pipeline/quick.ts), which must load nothing else. */
export const SEED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
