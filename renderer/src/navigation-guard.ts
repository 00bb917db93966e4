// The page never navigates away from the app: links to other origins are not followed (in
// Electron the shell also blocks navigation and opens allow-listed sites in the system
// browser), and a file dropped on the window is not opened in place of the app.
export function installNavigationGuard(): void {
  document.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin) e.preventDefault();
    },
    true,
  );
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());
}
