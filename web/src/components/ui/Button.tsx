import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  /** Waiting for the server: the button is disabled and shows a spinner, its name unchanged. */
  busy?: boolean;
};

export function Button({ variant = 'primary', busy = false, className, disabled, type, ...rest }: Props) {
  const classes = ['btn', `btn-${variant}`, busy ? 'btn-busy' : null, className].filter(Boolean).join(' ');
  return (
    <button
      type={type ?? 'button'}
      className={classes}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}
