import { useEffect, useState } from 'react';
import { TextField } from '../../../components/ui/Field';

/** Typing pauses this long before the list is asked again: one request per thought, not per key. */
const DEBOUNCE_MS = 300;

/** Search by case name or reference; the list follows once typing pauses. */
export function CaseSearch({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(query);

  // The address changed by itself (back button, a link): show what the list now searches for, but
  // leave alone what is being typed (a trailing space before the next word).
  useEffect(() => setText((typed) => (typed.trim() === query ? typed : query)), [query]);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, query, onSearch]);

  return (
    <TextField
      label="Search cases"
      type="search"
      value={text}
      onChange={(e) => setText(e.target.value)}
      hint="Case name, or a reference such as C-000123"
      autoComplete="off"
    />
  );
}
