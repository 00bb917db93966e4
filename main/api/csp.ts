// The Content Security Policy of the UI, the same for the Electron shell and the loopback
// host. Scripts only from the app itself; styles also inline because Ant Design and AG Grid
// inject their CSS at run time (CSS cannot run code); no frames, objects, forms or foreign hosts.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
