import type { Stage } from '../../../vault';

export const STAGE_LABELS: Record<Stage, string> = {
  derive: 'Deriving key from passphrase…',
  generate: 'Generating your key pair…',
  protect: 'Protecting your keys…',
  save: 'Saving…',
};

/**
 * Where key making is: a progress bar over the given stages and the current one in words,
 * announced politely as it changes.
 */
export function StageProgress({ stage, stages }: { stage: Stage | null; stages: Stage[] }) {
  const index = stage ? stages.indexOf(stage) : -1;
  return (
    <div className="stage-progress">
      {stage && <progress max={stages.length} value={index + 0.5} aria-label="Progress" />}
      <p role="status" aria-live="polite" className="stage-progress-text">
        {stage ? STAGE_LABELS[stage] : ''}
      </p>
      {stage && (
        <ol className="stage-list">
          {stages.map((s, i) => (
            <li key={s} className={i < index ? 'stage-done' : i === index ? 'stage-current' : 'stage-todo'}>
              <span aria-hidden="true">{i < index ? '✓ ' : i === index ? '› ' : '· '}</span>
              {STAGE_LABELS[s].replace('…', '')}
              <span className="visually-hidden">{i < index ? ' (done)' : i === index ? ' (in progress)' : ''}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
