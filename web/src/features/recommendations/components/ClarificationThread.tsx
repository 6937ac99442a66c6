import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import { formatDate } from '../../../lib/labels';
import type { CaseSide } from '../../../types/api';
import { MAX_MESSAGE_BYTES, useAddClarification, useClarifications } from '../api/recommendation';
import { WriteError } from './WriteError';

type Props = { caseId: string; held: string; side: CaseSide; ready: boolean; feedbackGiven: boolean };

/** Questions of the requester side about the recommendation and the provider's answers, oldest first. */
export function ClarificationThread({ caseId, held, side, ready, feedbackGiven }: Props) {
  const thread = useClarifications(caseId, held, held !== '');
  const messages = thread.data ?? [];
  // The requester side opens the discussion with its feedback, and may ask more afterwards; the provider answers.
  const mayWrite = ready && (messages.length > 0 || (side === 'REQUESTER' && feedbackGiven));
  if (!messages.length && !mayWrite) return null;
  return (
    <Section title="Clarification">
      {thread.isError && <FormError error={thread.error} />}
      {messages.length > 0 && (
        <ol className="notes">
          {messages.map((message) => (
            <li key={message.id} className={message.text.problem ? 'note note-problem' : 'note'}>
              <article aria-labelledby={`clarification-${message.id}`}>
                <header className="note-header" id={`clarification-${message.id}`}>
                  <span className="note-author">{message.author.fullName}</span>
                  <time dateTime={message.createdAt}>{formatDate(message.createdAt, true)}</time>
                </header>
                {message.text.value !== null ? (
                  <p className="note-body">{message.text.value}</p>
                ) : (
                  <p className="note-body note-error">This message cannot be opened in this browser.</p>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {mayWrite && <MessageForm caseId={caseId} side={side} />}
    </Section>
  );
}

function MessageForm({ caseId, side }: { caseId: string; side: CaseSide }) {
  const add = useAddClarification(caseId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const label = side === 'PROVIDER' ? 'Your answer' : 'Ask for clarification';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = !text.trim() ? 'Write the message first.' : new TextEncoder().encode(text).length > MAX_MESSAGE_BYTES ? 'At most 64 KB of text.' : undefined;
    setError(found);
    if (!found) add.mutate(text, { onSuccess: () => setText('') });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending || undefined}>
      <TextArea label={label} value={text} onChange={(e) => setText(e.target.value)} rows={3} required error={error} />
      {add.error && !add.isPending && <WriteError error={add.error} />}
      <div className="form-actions">
        <Button type="submit" busy={add.isPending}>{side === 'PROVIDER' ? 'Send answer' : 'Send question'}</Button>
      </div>
    </form>
  );
}
