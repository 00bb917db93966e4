import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedExternal, isAppUrl } from '../../main/api/navigation-policy.js';

describe('the Electron navigation policy', () => {
  it('lets the window stay on the app scheme only', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'app://user:pw@esg/', 'http://127.0.0.1:3000/', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('opens only https links to allow-listed sites in the system browser', () => {
    expect(isAllowedExternal('https://www.hkex.com.hk/Listing/Rules')).toBe(true);
    for (const url of ['http://www.hkex.com.hk/', 'https://www.hkex.com.hk.evil.example/', 'https://evil.example/?https://www.hkex.com.hk', 'file:///C:/x', 'https://user@www.hkex.com.hk/']) {
      expect(isAllowedExternal(url), url).toBe(false);
    }
  });
});
