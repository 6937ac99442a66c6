import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { Dialog } from '../../../components/ui/Dialog';
import { CheckboxField, SelectField, TextArea, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import type { MemberCaseView } from '../../../types/api';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature } from '../../case-keys/use-case-keys';
import { useDocuments, type OpenedDocument } from '../../documents/api/documents';
import {
  useDeliverables,
  useDeliverableTransition,
  useSaveDeliverable,
  type Deliverable,
  type DeliverableDetails,
  type DeliverableType,
} from '../api/deliverables';
import { actionLabels, formatDay, orderedActions, statusLabels, today, TYPES, typeLabel } from '../deliverable-labels';

type Props = { view: MemberCaseView; keys: UseQueryResult<CaseKeyState> };

/** Open, edit or revise: which dialog is showing. */
type Editing = { mode: 'new' } | { mode: 'edit'; deliverable: Deliverable } | { mode: 'revision'; deliverable: Deliverable };

/**
 * The Deliverables tab: the work products of the case with their due dates and status, the moves each
 * side may make, and documents of the case attached to them (their names open in this browser).
 */
export function CaseDeliverables({ view, keys }: Props) {
  const caseId = view.summary.id;
  const deliverables = useDeliverables(caseId, view.version);
  const held = heldSignature(keys.data, 'case');
  const documents = useDocuments(caseId, held, held !== '');
  // A document attached since the documents were last listed (by the other side): list them again, once
  // for each new set of such documents, to name it.
  const unlisted = (deliverables.data ?? [])
    .flatMap((d) => d.documentIds)
    .filter((id) => documents.data !== undefined && !documents.data.some((doc) => doc.id === id))
    .sort()
    .join(' ');
  const relisted = useRef('');
  const { refetch: relistDocuments } = documents;
  useEffect(() => {
    if (unlisted && unlisted !== relisted.current) {
      relisted.current = unlisted;
      void relistDocuments();
    }
  }, [unlisted, relistDocuments]);
  const transition = useDeliverableTransition(caseId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const open = view.summary.status !== 'DONE' && view.summary.status !== 'ARCHIVED';
  const requester = view.me.side === 'REQUESTER';
  const close = () => setEditing(null);
  const reloadEdited = async (id: string) => {
    const fresh = (await deliverables.refetch()).data?.find((d) => d.id === id);
    setEditing(fresh ? { mode: 'edit', deliverable: fresh } : null);
  };

  return (
    <>
      <Section
        title="Deliverables"
        intro="Work products requested on this case. Types, titles, due dates and status are visible to the server, like the case name; attach the work itself as documents, which are encrypted."
      >
        {deliverables.isPending && <Loading what="Loading deliverables…" />}
        {deliverables.isError && <FormError error={deliverables.error} />}
        {!editing && <FormError error={transition.error} />}
        {deliverables.data && (
          <DeliverableTable
            deliverables={deliverables.data}
            documents={documents.data}
            busy={transition.isPending}
            onEdit={(deliverable) => setEditing({ mode: 'edit', deliverable })}
            onMove={(deliverable, action) => {
              transition.reset();
              if (action === 'REQUEST_REVISION') setEditing({ mode: 'revision', deliverable });
              else transition.mutate({ deliverable, action });
            }}
          />
        )}
        {open && (
          <div className="form-actions">
            <Button onClick={() => setEditing({ mode: 'new' })}>{requester ? 'Request a deliverable' : 'Add a deliverable'}</Button>
          </div>
        )}
      </Section>
      <Dialog
        title={
          editing?.mode === 'edit' ? 'Edit deliverable' : editing?.mode === 'revision' ? 'Request a revision' : requester ? 'Request a deliverable' : 'Add a deliverable'
        }
        open={editing !== null}
        onClose={close}
      >
        {editing?.mode === 'revision' ? (
          <RevisionForm
            busy={transition.isPending}
            error={transition.error}
            onCancel={close}
            onSubmit={(reason) =>
              transition.mutate({ deliverable: editing.deliverable, action: 'REQUEST_REVISION', reason }, { onSuccess: close })
            }
          />
        ) : (
          editing && (
            <DeliverableForm
              // A reload after a lost update starts the form again from the version now on the server.
              key={editing.mode === 'edit' ? editing.deliverable.version : 'new'}
              caseId={caseId}
              view={view}
              existing={editing.mode === 'edit' ? editing.deliverable : null}
              documents={documents.data ?? []}
              onDone={close}
              onReload={editing.mode === 'edit' ? () => void reloadEdited(editing.deliverable.id) : undefined}
            />
          )
        )}
      </Dialog>
    </>
  );
}

type TableProps = {
  deliverables: Deliverable[];
  documents: OpenedDocument[] | undefined;
  busy: boolean;
  onEdit: (deliverable: Deliverable) => void;
  onMove: (deliverable: Deliverable, action: Deliverable['actions'][number]) => void;
};

function DeliverableTable({ deliverables, documents, busy, onEdit, onMove }: TableProps) {
  if (!deliverables.length) return <p className="empty">No deliverables yet.</p>;
  const names = new Map((documents ?? []).map((d) => [d.id, d.metadata?.name ?? 'A document that cannot be opened']));
  return (
    <div className="table-wrap">
      <table className="table deliverables-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Title</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="col-optional">Assignee</th>
            <th scope="col">Attachments</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {deliverables.map((d) => (
            <tr key={d.id} className={d.overdue ? 'deliverable-overdue' : undefined}>
              <td>{typeLabel(d.type)}</td>
              <th scope="row">
                {d.title}
                {d.finalDeliverable && <span className="badge">Final</span>}
                {d.revisionReason && <p className="deliverable-revision">Revision asked: {d.revisionReason}</p>}
              </th>
              <td>
                <time dateTime={d.dueDate}>{formatDay(d.dueDate)}</time>
                {d.overdue && <span className="badge badge-overdue">Overdue</span>}
              </td>
              <td>
                <span className={`badge badge-deliverable-${d.status.toLowerCase()}`}>{statusLabels[d.status]}</span>
              </td>
              <td className="col-optional">{d.assignee?.fullName ?? 'Unassigned'}</td>
              <td>
                {d.documentIds.length === 0 ? (
                  <span className="empty">None</span>
                ) : (
                  <ul className="deliverable-attachments">
                    {d.documentIds.map((id) => (
                      <li key={id}>{names.get(id) ?? 'Opening…'}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-actions">
                {orderedActions(d.actions).map((action) => (
                  <Button key={action} variant={action === 'REQUEST_REVISION' ? 'secondary' : 'primary'} disabled={busy} onClick={() => onMove(d, action)}>
                    {actionLabels[action]}
                  </Button>
                ))}
                {d.editable && (
                  <Button variant="secondary" onClick={() => onEdit(d)}>
                    Edit
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type FormProps = {
  caseId: string;
  view: MemberCaseView;
  existing: Deliverable | null;
  documents: OpenedDocument[];
  onDone: () => void;
  /** After a lost update: the form again, from the deliverable as the server has it now. */
  onReload?: () => void;
};

function DeliverableForm({ caseId, view, existing, documents, onDone, onReload }: FormProps) {
  const save = useSaveDeliverable(caseId);
  const provider = view.members.find((m) => m.side === 'PROVIDER');
  const [details, setDetails] = useState<DeliverableDetails>(
    existing
      ? {
          type: existing.type,
          title: existing.title,
          dueDate: existing.dueDate,
          assigneeId: existing.assignee?.id ?? null,
          finalDeliverable: existing.finalDeliverable,
          documentIds: existing.documentIds,
        }
      : { type: 'EXPERT_REPORT', title: '', dueDate: '', assigneeId: provider?.accountId ?? null, finalDeliverable: false, documentIds: [] },
  );
  const [missing, setMissing] = useState<{ title?: string; dueDate?: string }>({});
  const change = (next: Partial<DeliverableDetails>) => setDetails((current) => ({ ...current, ...next }));
  const readable = documents.filter((d) => d.metadata !== null || details.documentIds.includes(d.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      title: details.title.trim() ? undefined : 'Give the deliverable a title.',
      dueDate: details.dueDate ? undefined : 'Choose the day it is due.',
    };
    setMissing(problems);
    if (problems.title || problems.dueDate) return;
    save.mutate({ existing, details: { ...details, title: details.title.trim() } }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={save.isPending || undefined}>
      <SelectField label="Type" value={details.type} onChange={(e) => change({ type: e.target.value as DeliverableType })}>
        {TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Title"
        hint="Visible to the server, like the case name: do not put patient names in it."
        value={details.title}
        maxLength={200}
        required
        onChange={(e) => change({ title: e.target.value })}
        error={missing.title ?? fieldError(save.error, 'title')}
      />
      <TextField
        label="Due date"
        type="date"
        value={details.dueDate}
        required
        onChange={(e) => change({ dueDate: e.target.value })}
        hint={existing ? undefined : `Today is ${formatDay(today())}.`}
        error={missing.dueDate ?? fieldError(save.error, 'dueDate')}
      />
      <SelectField
        label="Assignee"
        value={details.assigneeId ?? ''}
        onChange={(e) => change({ assigneeId: e.target.value || null })}
        error={fieldError(save.error, 'assigneeId')}
      >
        <option value="">Unassigned</option>
        {view.members.map((m) => (
          <option key={m.accountId} value={m.accountId}>
            {m.fullName}
          </option>
        ))}
      </SelectField>
      {view.summary.engagementType === 'EXPERT_ENGAGEMENT' && (
        <CheckboxField
          label="Final deliverable"
          hint="Delivering the final deliverable completes the case (it moves to Done)."
          checked={details.finalDeliverable}
          onChange={(e) => change({ finalDeliverable: e.target.checked })}
          error={fieldError(save.error, 'finalDeliverable')}
        />
      )}
      <fieldset className="deliverable-documents">
        <legend>Attached documents</legend>
        {readable.length === 0 ? (
          <p className="field-hint">No documents on this case yet. Upload them in the Documents tab, then attach them here.</p>
        ) : (
          readable.map((d) => (
            <CheckboxField
              key={d.id}
              label={d.metadata?.name ?? 'A document that cannot be opened'}
              checked={details.documentIds.includes(d.id)}
              onChange={(e) =>
                change({
                  documentIds: e.target.checked ? [...details.documentIds, d.id] : details.documentIds.filter((id) => id !== d.id),
                })
              }
            />
          ))
        )}
        {fieldError(save.error, 'documentIds') && <p className="field-error">{fieldError(save.error, 'documentIds')}</p>}
      </fieldset>
      <FormError error={save.error} shownFields={['title', 'dueDate', 'assigneeId', 'finalDeliverable', 'documentIds']} onReload={onReload} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {existing ? 'Save changes' : view.me.side === 'REQUESTER' ? 'Request deliverable' : 'Add deliverable'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type RevisionProps = { busy: boolean; error: unknown; onSubmit: (reason: string) => void; onCancel: () => void };

function RevisionForm({ busy, error, onSubmit, onCancel }: RevisionProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) onSubmit(reason.trim());
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextArea
        label="What should change"
        hint="The expert sees this. It is stored like the case name, not encrypted: leave out patient details and put them in a note."
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={5}
        maxLength={1000}
        required
        error={missing ? 'Say what the revision should change.' : fieldError(error, 'reason')}
      />
      <FormError error={error} shownFields={['reason']} />
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          Request revision
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
