// Where the Electron window may go: nowhere but the app itself. Kept free of `electron` so
// the rule is unit-tested in plain Node; main/electron/security.ts applies it.
export const APP_SCHEME = 'app';
export const APP_HOST = 'esg';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Hosts a link in the UI may open in the system browser (framework and standard sites). */
const EXTERNAL_ALLOW = new Set(['www.hkex.com.hk', 'en-portal.hkex.com.hk', 'sasb.ifrs.org', 'ghgprotocol.org', 'www.ifrs.org']);

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Only https links to allow-listed hosts leave the app, and then to the system browser. */
export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOW.has(u.hostname) && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
