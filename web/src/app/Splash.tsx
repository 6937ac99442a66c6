import { Button } from '../components/ui/Button';
import { AuthLayout } from '../components/ui/AuthLayout';
import { FormError } from '../components/ui/FormError';
import { Loading } from '../components/ui/Notice';

/** While the first answers (setup, session) are on their way. */
export function Splash() {
  return (
    <main id="main" className="splash">
      <Loading what="Loading Consilium…" />
    </main>
  );
}

/** The server did not answer as hoped; offer to try again, never show raw details. */
export function LoadFailure({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AuthLayout>
      <h1>Consilium is not available</h1>
      <FormError error={error} />
      <Button onClick={retry}>Try again</Button>
    </AuthLayout>
  );
}
