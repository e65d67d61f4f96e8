/**
 * Unsigned varints (7 bits a byte, low first): how the search caches keep numbers
 * compactly (analysis-cache.ts, corpus-state.ts).
 */

/** Varints into a growable byte buffer. */
export class Bytes {
  buf = new Uint8Array(256);
  len = 0;
  put(n: number): void {
    if (this.len + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (n >= 0x80) {
      this.buf[this.len++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.len++] = n;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Reads varints from `bytes` in turn; past the end it reads zeros (`overrun` tells). */
export class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  next(): number {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.bytes[this.pos++] ?? 0;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  }
  /** Whether reading went past the last byte (the bytes were cut short or are not what was written). */
  get overrun(): boolean {
    return this.pos > this.bytes.length;
  }
  get atEnd(): boolean {
    return this.pos === this.bytes.length;
  }
}
