// antd's number inputs label their step buttons "Increase Value" / "Decrease Value" whatever the
// locale (rc-input-number hard-codes it), and a screen reader would read that English on a
// Chinese screen. This relabels every spinner in the UI language, including ones that mount later.
const UP = '.ant-input-number-action-up, .ant-input-number-handler-up';
const DOWN = '.ant-input-number-action-down, .ant-input-number-handler-down';

export function relabelSpinners(root: HTMLElement, up: string, down: string): () => void {
  const apply = () => {
    for (const el of root.querySelectorAll(UP)) if (el.getAttribute('aria-label') !== up) el.setAttribute('aria-label', up);
    for (const el of root.querySelectorAll(DOWN)) if (el.getAttribute('aria-label') !== down) el.setAttribute('aria-label', down);
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  return () => observer.disconnect();
}
