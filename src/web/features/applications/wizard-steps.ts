/** The step in the address (`?step=3`, counted from 1), or the first step. */
export function stepInAddress(params: URLSearchParams, stepCount: number): number {
  const shown = Number(params.get('step'));
  return Number.isInteger(shown) && shown >= 1 && shown <= stepCount ? shown - 1 : 0;
}

/**
 * The first step before `wanted` whose checks fail, or `wanted` when all before it pass: a step is
 * reached only through the ones before it, whatever the address says.
 */
export function firstUnfinishedBefore(wanted: number, passes: (index: number) => boolean): number {
  for (let index = 0; index < wanted; index++) if (!passes(index)) return index;
  return wanted;
}
