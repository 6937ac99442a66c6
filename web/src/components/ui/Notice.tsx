import type { ReactNode } from 'react';

type Props = { tone?: 'info' | 'success' | 'warning'; children: ReactNode; className?: string };

/** A calm, polite status message (role="status"); errors use FormError (role="alert"). */
export function Notice({ tone = 'info', children, className }: Props) {
  return (
    <div role="status" className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {what}
    </p>
  );
}
