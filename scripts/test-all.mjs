// `npm test`: the unit and integration suite (vitest), then the browser end-to-end suite
// (Playwright, when configured), ending with the plain line "N passed, N failed" that CI counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
let exit = 0;

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// vitest: JSON report beside the usual console output.
rmSync('test-results.json', { force: true });
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results.json', ...process.argv.slice(2)];
const vStatus = run('npx', vitestArgs);
if (existsSync('test-results.json')) {
  const r = JSON.parse(readFileSync('test-results.json', 'utf8'));
  results.passed += r.numPassedTests ?? 0;
  results.failed += r.numFailedTests ?? 0;
  results.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if ((r.numTotalTests ?? 0) === 0) exit = 1;
} else {
  results.failed += 1;
}
if (vStatus !== 0) exit = 1;

// Playwright end-to-end suite against the loopback host, in Debian's Chromium.
if (existsSync('playwright.config.ts') && process.env.ESG_SKIP_E2E !== '1') {
  rmSync('e2e-results.json', { force: true });
  const pStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'e2e-results.json', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  if (existsSync('e2e-results.json')) {
    const s = JSON.parse(readFileSync('e2e-results.json', 'utf8')).stats ?? {};
    results.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    results.failed += s.unexpected ?? 0;
    results.skipped += s.skipped ?? 0;
  } else {
    results.failed += 1;
  }
  if (pStatus !== 0) exit = 1;
}

console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(exit || (results.failed > 0 ? 1 : 0));
