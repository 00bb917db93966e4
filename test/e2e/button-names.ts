// Buttons and checkboxes as a screen reader names them: Chromium's own accessibility tree (the name it
// computes from text, aria-label, title or a labelled icon), not our guess at it. An icon-only
// button with no label has no name; an antd icon left unlabelled names its button by its
// glyph in English ("search", "close") whatever the UI language.
import type { Page } from '@playwright/test';
import { englishWords, type Hit } from './english-words.js';

interface AxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

const CONTROLS = new Set(['button', 'checkbox']);

/** Each button or checkbox on the page whose name is empty or holds English (outside the allow-list). */
export async function badButtonNames(page: Page): Promise<Hit[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const hits: Hit[] = [];
    for (const n of nodes) {
      const role = n.role?.value ?? '';
      if (n.ignored || !CONTROLS.has(role)) continue;
      const name = (n.name?.value ?? '').trim();
      const english = name ? await englishWords(page, new Set(), [name]) : [];
      if (name && !english.length) continue;
      // Where it is: the button's classes and its parent's, enough to find it in the code. A
      // button inside a form control's user-agent shadow tree (the picker button of a native
      // date input) is the browser's, named in the browser's own language: not ours to label.
      let where = '';
      let browsers = false;
      if (n.backendDOMNodeId !== undefined) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId })) as { object: { objectId?: string } };
        if (object.objectId) {
          const r = (await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration:
              'function () { const c = (e) => e ? `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}` : ""; const root = this.getRootNode(); return { where: `${c(this.parentElement)} > ${c(this)}`, browsers: root instanceof ShadowRoot && root.host.matches("input, textarea, select, video, audio") }; }',
            returnByValue: true,
          })) as { result: { value?: { where: string; browsers: boolean } } };
          where = r.result.value?.where ?? '';
          browsers = r.result.value?.browsers ?? false;
        }
      }
      if (browsers) continue;
      hits.push({ word: name ? english.map((h) => h.word).join(' ') : '(no name)', context: `${role} “${name}” ${where}` });
    }
    return hits;
  } finally {
    await cdp.detach();
  }
}
