// Security defaults of the Electron shell: the same in every build (no switch for tests or
// development). The renderer is treated as untrusted: no Node, sandboxed, isolated, strict
// CSP, no navigation away from the app, no new windows, no webviews, no permissions, and
// external links open in the system browser only for allow-listed hosts.
// The functions take the Electron objects they harden, so tests hand them fakes.
import type { App, Session, Shell, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/csp.js';
import { isAllowedExternal, isAppUrl } from '../api/navigation-policy.js';

export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click (auxclick) can open links outside the navigation guards.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Session-wide guards: CSP on every response, every permission request denied. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Guards for every web contents the app creates. */
export function hardenContents(app: App, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
