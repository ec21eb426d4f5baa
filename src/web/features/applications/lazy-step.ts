import { type ComponentType, lazy } from 'react';
import { loadChunk } from '../../load-chunk';

/**
 * A wizard step whose code is its own chunk: the first step is drawn without waiting for the rest,
 * which the wizard fetches right after (preloadSteps), so moving on does not wait either. Keeps the
 * public pages' first load within budget (bench/bundle-size.ts).
 */
export function lazyStep<Props, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  const Step = lazy(async () => ({ default: (await loadChunk(load))[name] }));
  return Object.assign(Step, { preload: load });
}

/** Starts fetching the later steps' code once the first step is drawn. */
export function preloadSteps(steps: readonly unknown[]): void {
  for (const step of steps) {
    const preload = (step as { preload?: () => Promise<unknown> }).preload;
    if (preload) void preload().catch(() => {});
  }
}
