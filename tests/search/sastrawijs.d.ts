// sastrawijs 1.1.0 ships typings its package.json "exports" does not point at.
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
}
