import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type Common = { label: string; error?: string; hint?: ReactNode; 'aria-describedby'?: string };

/** Label, hint, control and error, wired together with ids so screen readers read them all. */
function useFieldIds(props: Common) {
  const id = useId();
  const describedBy =
    [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null, props['aria-describedby']]
      .filter(Boolean)
      .join(' ') || undefined;
  const control = { id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined };
  return { id, control };
}

function Shell({ id, label, hint, error, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      {children}
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

export function TextField({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, control } = useFieldIds({ label, error, hint, ...input });
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <input type="text" {...input} {...control} />
    </Shell>
  );
}

export function TextArea({ label, error, hint, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, control } = useFieldIds({ label, error, hint, ...area });
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <textarea rows={4} {...area} {...control} />
    </Shell>
  );
}

export function SelectField({ label, error, hint, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, control } = useFieldIds({ label, error, hint, ...select });
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select {...select} {...control}>
        {children}
      </select>
    </Shell>
  );
}

export function CheckboxField({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, control } = useFieldIds({ label, error, hint, ...input });
  return (
    <div className="field field-checkbox">
      <input type="checkbox" {...input} {...control} />
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}
