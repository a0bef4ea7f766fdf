// One mark for every function Hopscope measures itself (wrapMiddleware's, and each
// framework patch's wrapper): whichever wrapper sees a middleware first measures it, and
// every other one leaves it alone, so a call is never counted twice. A registered symbol,
// so that two copies of this package in one process (CommonJS and ESM) agree.
const MEASURED = Symbol.for('hopscope.measured');

type Markable = Function & { [MEASURED]?: true };

export function isMeasured(fn: Function): boolean {
  return (fn as Markable)[MEASURED] === true;
}

export function markMeasured<F extends Function>(fn: F): F {
  (fn as Markable)[MEASURED] = true;
  return fn;
}
