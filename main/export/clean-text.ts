// Every string of an export's model, cleaned of characters XML cannot hold, before any
// builder turns it into a text run. Text that was stored before the API refused such
// characters (or came in through an import) thus still gives a valid file. Bytes (images,
// fonts) and class instances are passed through as they are.
import { stripXmlIllegal } from '../../shared/text/xml-safe.js';

export function withXmlSafeText<T>(value: T): T {
  return clean(value) as T;
}

function clean(v: unknown): unknown {
  if (typeof v === 'string') return stripXmlIllegal(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clean);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [clean(k), clean(x)]));
  if (v instanceof Set) return new Set([...v].map(clean));
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [stripXmlIllegal(k), clean(x)]));
}
