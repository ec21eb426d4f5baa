import type { ReactNode } from 'react';

interface StatusMessageProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
  testId?: string;
}

/** A calm message box; errors are announced at once (role="alert"), the rest politely. */
export function StatusMessage({ tone = 'info', title, children, testId }: StatusMessageProps) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}

/** Shown while a query loads. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
