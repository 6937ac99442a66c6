import { Link } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading, Notice } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { useAvailability } from '../api/availability';
import { AvailabilityForm } from './AvailabilityForm';
import { TimeOffSection } from './TimeOffSection';

/** Settings › Availability (providers): what admins rank candidates by when they assign a case. */
export function AvailabilityPage() {
  const availability = useAvailability();
  return (
    <Page
      title="Availability"
      intro={<>Admins assign cases by specialty and availability. <Link to="/settings">Back to settings</Link></>}
    >
      {availability.isPending && <Loading what="Loading your availability…" />}
      {availability.isError && <FormError error={availability.error} />}
      {availability.data && (
        <>
          <Notice>
            <p>You have <strong>{availability.data.openCases}</strong> open {availability.data.openCases === 1 ? 'case' : 'cases'}.</p>
          </Notice>
          <Section title="Capacity and working hours">
            <AvailabilityForm availability={availability.data} onReload={() => availability.refetch()} />
          </Section>
          <TimeOffSection timeOff={availability.data.timeOff} />
        </>
      )}
    </Page>
  );
}
