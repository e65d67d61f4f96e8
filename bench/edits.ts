/** The three changes a user makes to an archive between builds, shared by the benchmark's build and dev paths. */
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFile } from './corpus.ts';

export const CORPUS_SEED = 1;

export interface Edits {
  /** Writes generated seed n + round (a new article). */
  add: () => string;
  /** Appends a paragraph to the middle seed. */
  edit: () => string;
  /** Deletes the seed a third of the way in. */
  remove: () => string;
}

export function seedEdits(dir: string, n: number, round = 0): Edits {
  const names = readdirSync(dir).sort();
  return {
    add() {
      const file = seedFile(CORPUS_SEED, n + round);
      writeFileSync(join(dir, file.name), file.text);
      return file.name;
    },
    edit() {
      const name = names[Math.floor(names.length / 2)] ?? '';
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text.trimEnd()}\n\nPemutakhiran ${round + 1}: redaksi menambahkan keterangan saksi mata dari lokasi kejadian.\n`);
      return name;
    },
    remove() {
      const name = names[Math.floor(names.length / 3)] ?? '';
      unlinkSync(join(dir, name));
      return name;
    },
  };
}
