// The one mathjs instance of the app: unit conversion (units.ts) and the formula parser
// (engine/formula.ts) share it, so the typed functions both need are built once. create()
// builds each function on first use, not here: a command that converts nothing pays nothing.
import { create, all, type FactoryFunctionMap } from 'mathjs';

export const math = create(all as FactoryFunctionMap);
