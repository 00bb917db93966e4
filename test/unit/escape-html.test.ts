import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../shared/escape-html.js';

describe('escapeHtml', () => {
  it('turns markup a user typed into text a browser shows as typed', () => {
    expect(escapeHtml('<meta http-equiv="refresh" content="0;url=https://example.com">')).toBe('&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://example.com&quot;&gt;');
    expect(escapeHtml(`<img src=x onerror='alert(1)'>`)).toBe('&lt;img src=x onerror=&#39;alert(1)&#39;&gt;');
  });

  it('escapes an ampersand once, so an entity typed as text stays text', () => {
    expect(escapeHtml('R&D &lt;b&gt;')).toBe('R&amp;D &amp;lt;b&amp;gt;');
  });

  it('leaves text without markup characters, Chinese included, as it is', () => {
    expect(escapeHtml('氣候變化 / Climate change: 9.5')).toBe('氣候變化 / Climate change: 9.5');
  });
});
