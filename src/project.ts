/** Where this project's code lives: the one home of its root, its templates and its Eleventy configuration. */
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const ELEVENTY_CONFIG = join(PROJECT_ROOT, '.eleventy.ts');
