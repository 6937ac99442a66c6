import { Link } from 'react-router';
import type { Onboarding } from '../../../types/api';

const ITEMS = [
  { id: 'profile', title: 'Your profile', text: 'Name, title and phone; providers add specialties, licence and a short bio.', to: '/settings' },
  { id: 'organization', title: 'Organization', text: 'Your organization’s or practice’s details.', to: '/onboarding' },
  {
    id: 'encryption',
    title: 'Encryption setup',
    text: 'Your encryption passphrase, your key pair and, if you like, a recovery kit. Required before working on cases.',
    to: '/onboarding',
  },
] as const;

export function OnboardingChecklist({ onboarding }: { onboarding: Onboarding }) {
  return (
    <ol className="checklist">
      {ITEMS.map((item) => {
        const done = onboarding[item.id];
        return (
          <li key={item.id} className={done ? 'checklist-item checklist-done' : 'checklist-item'}>
            <span className="checklist-mark" aria-hidden="true">{done ? '✓' : ''}</span>
            <div>
              <h3>{item.title}</h3>
              <p>{item.text}</p>
              <p className="checklist-state">
                {done ? 'Done' : <Link to={item.to}>Finish this step</Link>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
