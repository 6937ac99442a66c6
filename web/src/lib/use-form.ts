import { useState, type ChangeEvent } from 'react';

type Element = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Controlled form values: `bind('email')` gives an input its value and onChange. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = (name: keyof T, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<Element>) => set(name, e.target.value),
  });
  return { values, set, bind, replace: setValues, reset: () => setValues(initial) };
}

/** Empty text becomes null, as the API expects for optional fields. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
