import type { ReactNode } from 'react';

export type Rule = { id: string; label: string; met: boolean };

type Props = { id: string; title: string; rules: Rule[]; children?: ReactNode };

/**
 * The rules a new password or passphrase must meet, checked as one types: met or not is said in words for
 * screen readers and shown by an icon, never by colour alone.
 */
export function RuleChecklist({ id, title, rules, children }: Props) {
  return (
    <div id={id} className="password-rules">
      <p className="visually-hidden">{title}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.id} className={rule.met ? 'rule rule-met' : 'rule'}>
            <span className="rule-icon" aria-hidden="true">{rule.met ? '✓' : '✗'}</span>
            <span className="visually-hidden">{rule.met ? 'Met: ' : 'Not met: '}</span>
            {rule.label}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
