import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/io/csv.js';

describe('reading CSV data packages', () => {
  it('strips a UTF-8 BOM and lower-cases the header', () => {
    const t = readCsv('\ufeffMetric,Year,Value\nenergy.heat,2024,1\n');
    expect(t.header).toEqual(['metric', 'year', 'value']);
    expect(t.records).toEqual([{ line: 2, cells: ['energy.heat', '2024', '1'] }]);
  });

  it('reads CRLF line ends and quoted fields with commas and newlines, keeping physical line numbers', () => {
    const text = 'metric,year,value,note\r\na.b,2024,"1,234","first\r\nsecond"\r\n\r\nc.d,2023,5,"quote ""x"", done"\r\n';
    const t = readCsv(text);
    expect(t.records).toEqual([
      { line: 2, cells: ['a.b', '2024', '1,234', 'first\r\nsecond'] },
      { line: 5, cells: ['c.d', '2023', '5', 'quote "x", done'] },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('reports an unterminated quote with its line', () => {
    const t = readCsv('metric,year,value\na.b,2024,"12\n');
    expect(t.problems.length).toBeGreaterThan(0);
    expect(t.problems[0]?.line).toBe(2);
  });
});
