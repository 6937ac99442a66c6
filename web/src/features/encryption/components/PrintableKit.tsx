import { createPortal } from 'react-dom';

type Props = { code: string; email: string; createdOn: Date };

/**
 * The recovery kit as printed: hidden on screen, the only thing on paper (styles/print.css). It
 * holds the code, the account and the date; never the passphrase.
 */
export function PrintableKit({ code, email, createdOn }: Props) {
  const date = createdOn.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
  return createPortal(
    <div className="print-kit">
      <h1>Consilium recovery kit</h1>
      <dl>
        <dt>Account</dt>
        <dd>{email}</dd>
        <dt>Created</dt>
        <dd>{date}</dd>
        <dt>Recovery code</dt>
        <dd className="print-kit-code">{code}</dd>
      </dl>
      <h2>What it is for</h2>
      <p>
        If you forget your encryption passphrase, this code lets you set a new one without losing anything encrypted
        for you. Sign in to Consilium, open Settings › Encryption › Forgot your passphrase?, choose the recovery kit and
        type the code.
      </p>
      <h2>Keep it safe</h2>
      <ul>
        <li>Store this page somewhere safe and offline, such as a locked drawer or a safe, away from your computer.</li>
        <li>Anyone who has this code and can sign in as you can read what is encrypted for you. Do not share or photograph it.</li>
        <li>Consilium staff will never ask for it. It replaces no password; it only unlocks your encryption keys.</li>
        <li>If you create a new recovery kit, this one stops working: destroy it.</li>
      </ul>
    </div>,
    document.body,
  );
}
