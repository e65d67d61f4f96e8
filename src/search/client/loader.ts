/**
 * Loads index pieces in the browser by adding <script> tags (works from file://,
 * where fetch and workers are blocked). Each piece calls `__arsip.push(key, data)`.
 */
import type { ShardLoader } from '../engine.ts';

interface Pending {
  resolve(data: unknown): void;
  reject(err: Error): void;
}

declare global {
  interface Window {
    __arsip?: { push(key: string, data: unknown): void };
    /** The index meta, written in front of the client bundle (no round trip). */
    __arsipMeta?: unknown;
  }
}

export function scriptLoader(base: URL): ShardLoader {
  const pending = new Map<string, Pending>();
  // Spent script elements leave the document in one go, later: removing each on
  // load costs the main thread a fraction of a millisecond while results are due.
  let spent: HTMLScriptElement[] = [];
  let sweeping = false;
  const retire = (s: HTMLScriptElement): void => {
    spent.push(s);
    if (sweeping) return;
    sweeping = true;
    setTimeout(() => {
      for (const x of spent) x.remove();
      spent = [];
      sweeping = false;
    }, 1000);
  };
  window.__arsip = {
    push(key: string, data: unknown) {
      const p = pending.get(key);
      if (!p) return;
      pending.delete(key);
      p.resolve(data);
    },
  };
  const prefix = base.href;
  return {
    load(key: string): Promise<unknown> {
      if (key === 'meta' && window.__arsipMeta !== undefined) return Promise.resolve(window.__arsipMeta);
      return new Promise((resolve, reject) => {
        pending.set(key, { resolve, reject });
        const s = document.createElement('script');
        s.src = `${prefix}${key}.js`;
        s.async = true;
        s.onload = () => {
          retire(s);
          // A loaded script that did not push is a broken piece.
          const p = pending.get(key);
          if (p) {
            pending.delete(key);
            p.reject(new Error(`Berkas indeks ${key}.js tidak berisi data.`));
          }
        };
        s.onerror = () => {
          retire(s);
          pending.delete(key);
          reject(new Error(`Berkas indeks ${key}.js tidak dapat dimuat.`));
        };
        document.head.appendChild(s);
      });
    },
  };
}
