// Breakdown dimensions of a value ("gender=female;age=under30"). A value's identity within a
// metric and year is its canonical dimension key: keys sorted, empty string for the total.
import { msg, type Message } from './i18n/messages.js';

export type Dims = Readonly<Record<string, string>>;

/** The dimension every metric accepts: values entered per site sum to the workspace total. */
export const SITE_KEY = 'site';

export function dimsKey(dims: Dims): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join(';');
}

export function dimsFromKey(key: string): Dims {
  return key === '' ? {} : parseDimsText(key).dims;
}

export type DimsParse = { dims: Record<string, string>; errors: Message[] };

/** Parses the data package's `key=value;key=value` text; reports malformed parts, not meaning. */
export function parseDimsText(text: string): DimsParse {
  const dims: Record<string, string> = {};
  const errors: Message[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) {
      errors.push(msg('dims.malformed', { part }));
      continue;
    }
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (key in dims) errors.push(msg('dims.repeated', { key }));
    dims[key] = value;
  }
  return { dims, errors };
}

export function isTotal(dims: Dims): boolean {
  return Object.keys(dims).length === 0;
}

/** Keeps only the keys a metric carries (the rest do not apply to it). */
export function restrictDims(dims: Dims, allowed: readonly string[]): Dims {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (k === SITE_KEY || allowed.includes(k)) out[k] = v;
  return out;
}

export function formatDims(dims: Dims): string {
  return dimsKey(dims);
}
