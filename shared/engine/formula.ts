// Declarative formulas of derived metrics, written as expressions over metric codes
// ("energy.electricity * factor.grid_location + energy.heat * factor.heat_ef").
// mathjs parses the text; this module turns its syntax tree into a small, closed
// expression type the engine evaluates, so a formula can only do what is listed here.
import type { MathNode } from 'mathjs';
// The app's instance, not mathjs's ready-made `parse` export: that one builds mathjs's whole
// default instance when this module loads (about 0.4 s of every command's start).
import { math } from '../math.js';

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'ref'; code: string }
  | { op: 'bin'; fn: '+' | '-' | '*' | '/'; a: Expr; b: Expr }
  | { op: 'neg'; a: Expr }
  | { op: 'call'; fn: 'max' | 'min' | 'abs'; args: Expr[] }
  /**
   * Sum of an expression over every value of one dimension: a metric over its values (Scope 3
   * over categories) or a product per value (each fuel's quantity × its factor). `code` is the
   * first metric the expression reads (whose rows a department workbook lists by `key`);
   * `flag`, when given, keeps only the dimension values so flagged (biomass fuels).
   */
  | { op: 'sumby'; a: Expr; code: string; key: string; flag?: string }
  /** The value of a metric for one dimension value (full-time staff with gender=female). */
  | { op: 'pick'; code: string; key: string; value: string };

export class FormulaError extends Error {}

const BIN_OPS = new Set(['+', '-', '*', '/']);

function refCode(node: MathNode): string | undefined {
  // "energy.electricity" parses as an accessor chain: energy["electricity"].
  if (node.type === 'SymbolNode') return (node as unknown as { name: string }).name;
  if (node.type === 'AccessorNode') {
    const acc = node as unknown as { object: MathNode; index: { dimensions: MathNode[]; dotNotation: boolean } };
    const head = refCode(acc.object);
    const dim = acc.index.dimensions[0];
    if (head === undefined || !acc.index.dotNotation || dim?.type !== 'ConstantNode') return undefined;
    return `${head}.${String((dim as unknown as { value: unknown }).value)}`;
  }
  return undefined;
}

function stringArg(node: MathNode | undefined, what: string): string {
  if (node?.type !== 'ConstantNode' || typeof (node as unknown as { value: unknown }).value !== 'string') {
    throw new FormulaError(`${what} must be a quoted text`);
  }
  return (node as unknown as { value: string }).value;
}

function convert(node: MathNode): Expr {
  switch (node.type) {
    case 'ParenthesisNode':
      return convert((node as unknown as { content: MathNode }).content);
    case 'ConstantNode': {
      const v = (node as unknown as { value: unknown }).value;
      if (typeof v !== 'number') throw new FormulaError(`unexpected constant ${JSON.stringify(v)}`);
      return { op: 'num', value: v };
    }
    case 'SymbolNode':
    case 'AccessorNode': {
      const code = refCode(node);
      if (code === undefined || !code.includes('.')) throw new FormulaError(`"${node.toString()}" is not a metric code`);
      return { op: 'ref', code };
    }
    case 'OperatorNode': {
      const o = node as unknown as { op: string; args: MathNode[] };
      if (o.op === '-' && o.args.length === 1) return { op: 'neg', a: convert(o.args[0] as MathNode) };
      if (BIN_OPS.has(o.op) && o.args.length === 2) {
        return { op: 'bin', fn: o.op as '+' | '-' | '*' | '/', a: convert(o.args[0] as MathNode), b: convert(o.args[1] as MathNode) };
      }
      throw new FormulaError(`operator ${o.op} is not allowed in formulas`);
    }
    case 'FunctionNode': {
      const f = node as unknown as { fn: { name: string }; args: MathNode[] };
      const name = f.fn.name;
      if (name === 'max' || name === 'min' || name === 'abs') {
        if (f.args.length === 0 || (name === 'abs' && f.args.length !== 1)) throw new FormulaError(`${name}() needs arguments`);
        return { op: 'call', fn: name, args: f.args.map(convert) };
      }
      if (name === 'sumby') {
        const key = stringArg(f.args[1], "sumby()'s dimension");
        if (f.args.length > 3) throw new FormulaError('sumby(expression, "dimension"[, "flag"]) takes two or three arguments');
        const a = convert(f.args[0] as MathNode);
        const code = formulaRefs(a)[0];
        if (!code) throw new FormulaError('sumby() sums an expression of metric codes');
        const flag = f.args[2] ? stringArg(f.args[2], "sumby()'s flag") : undefined;
        return { op: 'sumby', a, code, key, ...(flag !== undefined ? { flag } : {}) };
      }
      if (name === 'pick') {
        const code = f.args[0] ? refCode(f.args[0]) : undefined;
        if (!code) throw new FormulaError(`${name}() takes a metric code first`);
        const key = stringArg(f.args[1], `${name}()'s dimension`);
        if (f.args.length !== 3) throw new FormulaError('pick(metric, "dimension", "value") takes three arguments');
        return { op: 'pick', code, key, value: stringArg(f.args[2], "pick()'s value") };
      }
      throw new FormulaError(`function ${name}() is not allowed in formulas`);
    }
    default:
      throw new FormulaError(`"${node.toString()}" is not allowed in formulas`);
  }
}

const cache = new Map<string, Expr>();

export function compileFormula(text: string): Expr {
  const hit = cache.get(text);
  if (hit) return hit;
  let node: MathNode;
  try {
    node = math.parse(text);
  } catch (e) {
    throw new FormulaError(`cannot read formula "${text}": ${(e as Error).message}`);
  }
  const expr = convert(node);
  cache.set(text, expr);
  return expr;
}

/** Calls `visit` on every node of an expression, parents before children. */
export function visitExpr(expr: Expr, visit: (e: Expr) => void): void {
  visit(expr);
  if (expr.op === 'bin') {
    visitExpr(expr.a, visit);
    visitExpr(expr.b, visit);
  } else if (expr.op === 'neg' || expr.op === 'sumby') {
    visitExpr(expr.a, visit);
  } else if (expr.op === 'call') {
    for (const a of expr.args) visitExpr(a, visit);
  }
}

/** Metric codes a formula reads, in order of first use. */
export function formulaRefs(expr: Expr): string[] {
  const out: string[] = [];
  visitExpr(expr, (e) => {
    if ((e.op === 'ref' || e.op === 'sumby' || e.op === 'pick') && !out.includes(e.code)) out.push(e.code);
  });
  return out;
}
