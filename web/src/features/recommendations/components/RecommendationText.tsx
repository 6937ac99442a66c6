import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { DetailsRow } from '../../../components/ui/DetailsRow';
import { Section } from '../../../components/ui/Page';
import { formatDate } from '../../../lib/labels';
import type { MemberCaseView } from '../../../types/api';
import { useClinical } from '../../cases/api/clinical';
import { useDocuments } from '../../documents/api/documents';
import type { OpenedRecommendation, RecommendationContent } from '../api/recommendation';

const CANNOT_VERIFY = 'The recommendation cannot be verified.';
const NO_KEY = 'The recommendation was sealed with a case key you do not hold yet.';

type Props = { view: MemberCaseView; opened: OpenedRecommendation; held: string };

/** The submitted recommendation as both sides read it, and its PDF report, made in this browser. */
export function RecommendationText({ view, opened, held }: Props) {
  const caseId = view.summary.id;
  const documents = useDocuments(caseId, held, true);
  const clinical = useClinical(caseId, held, true);
  const [making, setMaking] = useState(false);
  const [failed, setFailed] = useState(false);
  const { record, content } = opened;
  const text = content.value;
  const names = new Map((documents.data ?? []).map((d) => [d.id, d.metadata?.name ?? 'A document that cannot be opened']));
  const attachments = (text?.attachments ?? []).map((id) => names.get(id) ?? 'A document that was deleted');

  async function download(value: RecommendationContent) {
    setMaking(true);
    setFailed(false);
    try {
      // pdf-lib is nearly as large as the rest of the page's script: it loads when a report is first asked for.
      const { buildReport, saveReport } = await import('../report');
      const details = clinical.data?.details ?? null;
      const bytes = await buildReport({
        caseName: view.summary.name,
        caseReference: view.summary.reference,
        organization: view.summary.organization.name,
        providerName: record.provider.fullName,
        patient: details?.patient ?? null,
        clinicalQuestion: details?.clinicalQuestion || null,
        submittedAt: record.submittedAt ?? record.savedAt,
        content: value,
        attachmentNames: attachments,
        generatedAt: new Date(),
      });
      saveReport(bytes, `Recommendation ${view.summary.reference}.pdf`);
    } catch {
      setFailed(true);
    } finally {
      setMaking(false);
    }
  }

  return (
    <Section title="Recommendation" intro="Encrypted end to end: only the members of this case can read it.">
      <p className="field-hint">
        Submitted by {record.provider.fullName},{' '}
        {record.submittedAt && <time dateTime={record.submittedAt}>{formatDate(record.submittedAt, true)}</time>}
      </p>
      {content.problem && <p className="note-error">{content.problem === 'no-key' ? NO_KEY : CANNOT_VERIFY}</p>}
      {text && (
        <>
          <dl className="details">
            <DetailsRow term="Summary"><span className="prewrap">{text.summary}</span></DetailsRow>
            <DetailsRow term="Diagnosis / impression"><span className="prewrap">{text.impression || 'None given'}</span></DetailsRow>
            <DetailsRow term="Recommendations"><span className="prewrap">{text.recommendations}</span></DetailsRow>
            <DetailsRow term="References"><span className="prewrap">{text.references || 'None given'}</span></DetailsRow>
            <DetailsRow term="Attachments">{attachments.length ? attachments.join(', ') : 'None'}</DetailsRow>
          </dl>
          {failed && (
            <div role="alert" className="alert alert-error">
              <p>The report could not be made. Try again.</p>
            </div>
          )}
          <div className="form-actions">
            <Button variant="secondary" busy={making || documents.isPending || clinical.isPending} onClick={() => void download(text)}>
              Download PDF report
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}
