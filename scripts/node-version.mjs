// The Node.js versions the toolchain runs on: vite 8 and electron-vite 6 (the build behind
// `npm start`) need ^20.19.0 || >=22.12.0, as package.json's "engines" says. Electron 45's
// installer asks for >= 22.12; on 20.19+ npm only warns (EBADENGINE) and everything else runs.
// Plain JavaScript: it has to run on the very Node versions it refuses.

/** Why this Node cannot run the app, or undefined when it can. `version` as in process.version. */
export function nodeVersionProblem(version) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return `cannot read the Node.js version "${version}"`;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
  if (ok) return undefined;
  return `ESG Report Studio needs Node.js 20.19 or newer in the 20 line, or 22.12 or newer (22.12+ recommended: Electron's installer asks for it); this is Node.js ${version}. Install a newer Node.js from https://nodejs.org and run the command again.`;
}
