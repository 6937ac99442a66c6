import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { formatDate } from '../../../lib/labels';
import type { ActivityEntry } from '../../../types/api';
import { useActivity } from '../api/activity';
import { activitySentence } from '../activity-sentences';

/** The Activity tab; `casePath` is the case resource (member's or admin's), the activity and its CSV sit below it. */
export function CaseActivity({ casePath }: { casePath: string }) {
  const activity = useActivity(casePath);
  return (
    <Section title="Activity" intro="Who did what on this case, newest first. Content never appears here.">
      <p>
        <a href={`${casePath}/activity.csv`} download>Download CSV</a>
      </p>
      {activity.isPending && <Loading what="Loading activity…" />}
      {activity.isError && <FormError error={activity.error} />}
      {activity.data && <ActivityList entries={activity.data.pages.flatMap((page) => page.items)} />}
      {activity.hasNextPage && (
        <div className="form-actions">
          <Button variant="secondary" busy={activity.isFetchingNextPage} onClick={() => void activity.fetchNextPage()}>
            Load more activity
          </Button>
        </div>
      )}
    </Section>
  );
}

function ActivityList({ entries }: { entries: readonly ActivityEntry[] }) {
  if (entries.length === 0) return <p className="empty">No activity yet.</p>;
  return (
    <ol className="activity">
      {entries.map((entry) => (
        <li key={entry.id} className="activity-entry">
          <span className="activity-what">{activitySentence(entry.actor, entry.action)}</span>
          {entry.detail && <span className="activity-detail">{entry.detail}</span>}
          <time dateTime={entry.at}>{formatDate(entry.at, true)}</time>
        </li>
      ))}
    </ol>
  );
}
