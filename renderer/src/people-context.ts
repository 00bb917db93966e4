// The people of the open workspace and who is working in this window. The choice is kept in
// this machine's local storage under the workspace's id (never in the workspace itself), and
// told to each new session with `people:use`, so the audit log records the person.
import { createContext, useContext } from 'react';
import type { PeopleView } from '../../shared/api/contract.js';
import type { Person } from '../../shared/review/people.js';

export interface PeopleState {
  view: PeopleView | null;
  /** The person working, if chosen. */
  me: Person | null;
  reload: () => Promise<void>;
}

export const PeopleContext = createContext<PeopleState>({ view: null, me: null, reload: async () => undefined });
export const usePeople = () => useContext(PeopleContext);

const key = (workspaceId: string) => `esg-person:${workspaceId}`;
export const rememberedPerson = (workspaceId: string): number | null => {
  const v = Number(localStorage.getItem(key(workspaceId)));
  return Number.isInteger(v) && v > 0 ? v : null;
};
export const rememberPerson = (workspaceId: string, id: number | null) => (id === null ? localStorage.removeItem(key(workspaceId)) : localStorage.setItem(key(workspaceId), String(id)));
