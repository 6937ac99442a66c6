import type { ReactNode } from 'react';

/** One term and its value in a `<dl className="details">`. */
export function DetailsRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
