import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { AuthLayout } from '../components/ui/AuthLayout';

/** Whatever a page throws ends here: a calm message, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (import.meta.env.DEV) console.error(error);
  return (
    <AuthLayout>
      <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'There is no page at this address.'
          : 'This page could not be shown. Reload the page, or go back to the start.'}
      </p>
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </AuthLayout>
  );
}

export function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to="/">Back to the start page</Link></p>
    </div>
  );
}
