// The command line's message codes (cli.*, and workspace.* for a workspace that cannot be
// opened): each has an English and a Traditional Chinese text with the same parameters, and
// the Chinese prose uses full-width punctuation: a half-width ( ) : , may only stand inside
// what the user types or reads verbatim (flags, <syntax>, `code`, npm run cli -- …).
import { describe, expect, it } from 'vitest';
import { STRING_KEYS, translate } from '../../shared/i18n/strings.js';

const CLI_KEYS = STRING_KEYS.filter((k) => k.startsWith('cli.') || k.startsWith('workspace.'));
const raw = (lang: 'en' | 'zh-Hant', key: (typeof CLI_KEYS)[number]) => translate(lang, key);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Product, format and program names, units, and the commands and values a Chinese message
// tells the user to type (report framework … --set code, people add, --year none).
const VERBATIM = new Set(['ESG', 'Report', 'Studio', 'ESG_ACTOR', 'LibreOffice', 'SQLite', 'DOCX', 'PDF', 'XLSX', 'SHA', 'FY', 'ms', 'pid', 'soffice', 'none', 'people', 'add', 'report', 'framework', 'code', 'unpublish']);
const englishWords = (text: string) => (text.match(/[A-Za-z][A-Za-z_]+/g) ?? []).filter((w) => !VERBATIM.has(w));

/** The Chinese text without what is code: placeholders, commands, flags and their syntax, `code`, key=value forms. */
export function prose(text: string): string {
  return text
    .replace(/\{\w+\}/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/npm run cli -- [a-z-]*/g, '')
    .replace(/--[a-z][a-z-]*/g, '')
    .replace(/<[^<>]*>/g, '')
    .replace(/\S*[=|]\S*/g, '')
    .replace(/[\w-]+\.[a-z]+/g, '');
}

describe('CLI message codes', () => {
  it('cover the command line', () => {
    // The codes the CLI prints on its own (usage, export, import, init, kpis, workspace errors).
    for (const k of ['cli.usage.unknown_command', 'cli.usage.year_required', 'cli.export.wrote_in', 'cli.import.summary', 'cli.init.created', 'cli.kpis.none', 'workspace.not_found', 'workspace.locked'] as const) expect(CLI_KEYS).toContain(k);
  });

  it.each(CLI_KEYS)('%s has both languages with the same parameters', (key) => {
    const en = raw('en', key);
    const zh = raw('zh-Hant', key);
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    expect(placeholders(zh)).toEqual(placeholders(en));
    // No English word in the Chinese prose, beyond names and units that stay as they are.
    expect(englishWords(prose(zh))).toEqual([]);
  });

  it.each(CLI_KEYS)('%s in Traditional Chinese has no half-width ( ) : , in its prose', (key) => {
    expect(prose(raw('zh-Hant', key))).not.toMatch(/[():,]/);
  });

  it('the prose filter keeps the punctuation of prose', () => {
    expect(prose('必須提供 --year <YYYY>（例如 2025）')).toBe('必須提供  （例如 2025）');
    expect(prose('已寫入 {file} (12 bytes)')).toMatch(/\(/);
    expect(prose('用法: npm run cli -- kpis')).toMatch(/:/);
    expect(englishWords(prose('已寫入 {file}（12 bytes）'))).toEqual(['bytes']);
  });
});
