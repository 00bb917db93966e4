// `comment add|list|resolve|reopen` as a user runs them, as the person ESG_ACTOR names: on a
// value with its breakdown, on a section by number or id, on a block, a reply; the list in
// both languages and as JSON; refusals on stderr with exit 1, usage mistakes with exit 2.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

interface Row {
  id: number;
  target: string;
  metric: string | null;
  dimensions: Record<string, string> | null;
  section: string | null;
  block: string | null;
  reply_to: number | null;
  text: string;
  author: string;
  resolved_by: string | null;
}

describe('comment on the command line', () => {
  it('adds, lists, resolves and reopens comments as the person working', () => {
    const ws = join(tempDir(), 'w.esg');
    expect(runCli(['init', ws, '--sample']).code).toBe(0);
    expect(runCli(['people', 'add', ws, '--name', 'Lee Mei', '--role', 'reviewer']).code).toBe(0);
    const as = { ESG_ACTOR: 'lee mei', ESG_LANG: 'en' };

    expect(runCli(['comment', 'add', ws, '--year', '2024', '--section', '1.1.1', '請補充董事會監督頻率'], as).out.trim()).toBe('Comment #1 on §climate-governance (2024) by Lee Mei');
    expect(runCli(['comment', 'add', ws, '--year', '2024', '--metric', 'workforce.fulltime', '--dims', 'gender=female', 'Interns', 'included?'], as).out.trim()).toBe('Comment #2 on workforce.fulltime [gender=female] (2024) by Lee Mei');
    expect(runCli(['comment', 'add', ws, '--year', '2024', '--block', 'about-text', 'Source?'], as).out.trim()).toBe('Comment #3 on §about/about-text (2024) by Lee Mei');
    expect(runCli(['comment', 'add', ws, '--year', '2024', '--reply', '#1', '已補充'], { ...as, ESG_ACTOR: '#1' }).out.trim()).toBe('Comment #4 on §climate-governance (2024) by Lee Mei');

    const all = JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--json']).out) as Row[];
    expect(all.map((r) => [r.id, r.target, r.section, r.block, r.reply_to])).toEqual([
      [1, 'section', 'climate-governance', null, null],
      [4, 'section', 'climate-governance', null, 1],
      [2, 'value', null, null, null],
      [3, 'block', 'about', 'about-text', null],
    ]);
    expect(all.find((r) => r.id === 2)).toMatchObject({ metric: 'workforce.fulltime', dimensions: { gender: 'female' }, text: 'Interns included?', author: 'Lee Mei' });

    expect(runCli(['comment', 'resolve', ws, '#1'], as).out.trim()).toBe('Comment #1 resolved by Lee Mei');
    const twice = runCli(['comment', 'resolve', ws, '#4'], { ...as, ESG_LANG: 'zh-Hant' });
    expect(twice.code).toBe(1);
    expect(twice.err.trim()).toBe('評論 #1 已解決（由 Lee Mei）');
    // --open leaves the resolved thread out, its reply with it.
    expect((JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--open', '--json']).out) as Row[]).map((r) => r.id)).toEqual([2, 3]);
    const table = runCli(['comment', 'list', ws, '--year', '2024'], { ESG_LANG: 'zh-Hant' }).out;
    expect(table).toMatch(/#1 +§climate-governance +Lee Mei .*已由 Lee Mei 於 .* 解決 +請補充董事會監督頻率/);
    expect(table).toMatch(/#2 +workforce\.fulltime \[gender=female\] +Lee Mei .*未解決 +Interns included\?/);
    expect(runCli(['comment', 'reopen', ws, '1'], as).out.trim()).toBe('Comment #1 reopened');
    expect(JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--open', '--json']).out)).toHaveLength(4);

    // Refused: somebody who is none of the people, a section the edition lacks, an unknown comment.
    const stranger = runCli(['comment', 'add', ws, '--year', '2024', '--section', 'about', 'x'], { ESG_ACTOR: 'root', ESG_LANG: 'en' });
    expect(stranger.code).toBe(1);
    expect(stranger.err).toContain('"root" is none of the workspace\'s people');
    const section = runCli(['comment', 'add', ws, '--year', '2024', '--section', '9.9', 'x'], { ...as, ESG_LANG: 'zh-Hant' });
    expect(section.code).toBe(1);
    expect(section.err.trim()).toBe('2024年版本沒有章節 9.9');
    expect(runCli(['comment', 'resolve', ws, '#99'], as).err.trim()).toBe('There is no comment #99');
    // Usage: a target and a text are needed.
    expect(runCli(['comment', 'add', ws, '--year', '2024', 'no target'], as).code).toBe(2);
    expect(runCli(['comment', 'add', ws, '--year', '2024', '--section', 'about'], as).code).toBe(2);
    expect(JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--json']).out)).toHaveLength(4);
  }, 60_000);
});
