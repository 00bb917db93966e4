// The sites an imported or typed value may name, and which of them left the boundary when:
// the one place importer and grid get them from.
import type { Workspace } from '../store/workspace.js';

export function siteContext(ws: Workspace): { sites: Set<string>; retiredSites: Map<string, number> } {
  const all = ws.profile.sites();
  return {
    sites: new Set(all.map((s) => s.code)),
    retiredSites: new Map(all.flatMap((s) => (s.retiredYear === null ? [] : [[s.code, s.retiredYear] as const]))),
  };
}
