import type { ReactNode } from 'react';
import { Page } from '../shell/page';

interface AuthCardProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The one card the sign-in, two-factor, invitation and reset pages sit in. */
export function AuthCard({ title, lead, children, footer }: AuthCardProps) {
  return (
    <div className="auth-card">
      <Page title={title} lead={lead}>
        {children}
      </Page>
      {footer ? <div className="auth-card__footer">{footer}</div> : null}
    </div>
  );
}
