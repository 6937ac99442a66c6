import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import { formatDate } from '../../../lib/labels';
import { useDocuments, useRestoreDocument } from '../api/documents';

/** The documents I deleted that can still be restored. Shown only when there are some. */
export function DeletedDocuments({ caseId, held, keepDays }: { caseId: string; held: string; keepDays: number }) {
  const deleted = useDocuments(caseId, held, true, true);
  const restore = useRestoreDocument(caseId);
  if (!deleted.data?.length) return null;
  return (
    <Section title="Recently deleted" intro={`Documents you deleted. They can be restored for ${keepDays} days.`}>
      {restore.isError && <FormError error={restore.error} />}
      <ul className="deleted-documents">
        {deleted.data.map((d) => (
          <li key={d.id}>
            {d.metadata?.name ?? 'A document'}, deleted {d.deletedAt && formatDate(d.deletedAt, true)}{' '}
            <Button variant="link" busy={restore.isPending} onClick={() => restore.mutate(d)} aria-label={`Restore ${d.metadata?.name ?? 'document'}`}>
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
