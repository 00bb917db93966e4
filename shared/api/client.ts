// The object the renderer reaches the back end through (`window.esg` in Electron; an HTTP
// client against the loopback host in a browser). Its type comes from the contract.
import type { Events, Input, Method, Output } from './contract.js';
import type { Result } from './result.js';

export interface EsgApi {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** The IPC channel names: one per method, prefixed, so the preload can allow-list them. */
export const ipcChannel = (method: Method): string => `esg:${method}`;
export const ipcEventChannel = (event: keyof Events): string => `esg-event:${event}`;
