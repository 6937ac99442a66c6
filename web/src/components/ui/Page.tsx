import { useEffect, useRef, type ReactNode } from 'react';

type Props = { title: string; intro?: ReactNode; actions?: ReactNode; children?: ReactNode };

let firstPage = true;

/**
 * One page: sets the document title and, after a navigation inside the app, moves focus to the
 * heading so that screen-reader users hear where they arrived.
 */
export function Page({ title, intro, actions, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Consilium`;
  }, [title]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {intro && <p className="page-intro">{intro}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

type SectionProps = {
  title: string;
  intro?: ReactNode;
  /** Lets a form inside take the heading as its name (aria-labelledby). */
  headingId?: string;
  children: ReactNode;
};

/**
 * A titled block of a page, e.g. "Members" on the organization page. Deliberately unnamed (not a
 * region landmark): a name would also match label look-ups such as "Password" in browser tests.
 */
export function Section({ title, children, intro, headingId }: SectionProps) {
  return (
    <section className="section">
      <h2 id={headingId}>{title}</h2>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}
