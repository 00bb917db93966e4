// Statements of one edition's repositories: each takes the edition's year as @year, added
// here so that no caller can read or write another year's content by forgetting it.
import type { Database, Statement } from 'better-sqlite3';

export interface BoundStatement {
  run(params?: Record<string, unknown>): ReturnType<Statement['run']>;
  get(params?: Record<string, unknown>): unknown;
  all(params?: Record<string, unknown>): unknown[];
}

export function yearBound(db: Database, year: number) {
  return (sql: string): BoundStatement => {
    const st = db.prepare(sql);
    const withYear = sql.includes('@year');
    const p = (params: Record<string, unknown> = {}) => (withYear ? { ...params, year } : params);
    return {
      run: (params) => st.run(p(params)),
      get: (params) => st.get(p(params)),
      all: (params) => st.all(p(params)),
    };
  };
}
