// The contract's method names alone, without schemas: the sandboxed preload allow-lists
// these and can load nothing but bundled code (no zod). contract.ts must define exactly these.
export const METHOD_NAMES = [
  'app:info',
  'workspace:recent',
  'workspace:create',
  'workspace:open',
  'workspace:close',
  'workspace:summary',
  'catalogue:get',
  'data:grid',
  'data:set-value',
  'data:undo',
  'value:history',
  'kpi:overview',
  'kpi:trace',
  'factors:list',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];
