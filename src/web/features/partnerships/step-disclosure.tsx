import type { ReactNode } from 'react';

/** One of the coach's steps on the partnership page, folded until opened. */
export function Step({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <details className="disclosure step" data-testid={testId}>
      <summary>{title}</summary>
      <div className="step__body">{children}</div>
    </details>
  );
}
