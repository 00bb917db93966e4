// The renderer's one way to the back end. In Electron the preload provides `window.esg`;
// in a browser (the loopback host) the same interface is implemented over HTTP with the
// token the host printed, read once from the URL fragment and then kept for the tab only.
import type { EsgApi } from '../../shared/api/client.js';
import type { Input, Method, Output } from '../../shared/api/contract.js';
import type { ApiError, Result } from '../../shared/api/result.js';
import type { Lang } from '../../shared/domain.js';
import { renderMessage } from '../../shared/i18n/messages.js';

declare global {
  interface Window {
    esg?: EsgApi;
  }
}

const TOKEN_KEY = 'esg-host-token';

function hostToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    // Out of the address bar, so it is not copied around or bookmarked by accident.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** This tab's name for the host: its undo history is its own (a reload starts a new one). */
const CLIENT_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

function httpApi(): EsgApi {
  const token = hostToken();
  return {
    async invoke(method, input) {
      try {
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Esg-Client': CLIENT_ID },
          body: JSON.stringify(input),
        });
        return (await res.json()) as Result<never>;
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: (e as Error).message } };
      }
    },
    on: () => () => undefined,
  };
}

export const api: EsgApi = window.esg ?? httpApi();

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls a method and returns its value, or throws ApiCallError with the error as data. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const r = await api.invoke(method, input);
  if (!r.ok) throw new ApiCallError(r.error);
  return r.value;
}

/** What a failed call says, in the UI language when the back end sent a message code. */
export function errorText(e: unknown, lang: Lang): string {
  if (e instanceof ApiCallError && e.error.problem) return renderMessage(lang, e.error.problem);
  return (e as Error).message;
}
