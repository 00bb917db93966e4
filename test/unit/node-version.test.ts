// The Node.js versions `npm start` accepts: those vite 8 and electron-vite 6 run on.
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/node-version.mjs';

describe('the Node.js version check of npm start', () => {
  it('accepts 20.19+ in the 20 line and 22.12+', () => {
    for (const v of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v22.20.1', 'v24.1.0', '26.0.0']) expect(nodeVersionProblem(v), v).toBeUndefined();
  });

  it('refuses older lines and the gaps, naming what is needed and what this is', () => {
    for (const v of ['v18.20.4', 'v20.11.1', 'v20.18.3', 'v21.7.3', 'v22.11.0']) {
      const problem = nodeVersionProblem(v);
      expect(problem, v).toContain('20.19');
      expect(problem, v).toContain('22.12');
      expect(problem, v).toContain(v);
    }
  });
});
