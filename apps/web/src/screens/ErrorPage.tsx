import type { User } from '../api/apiSchemas.ts';
import { ApiFailure } from '../api/http.ts';
import { Link } from '../components/Link.tsx';
import { TopBar } from '../components/TopBar.tsx';
import { paths } from '../router/routes.ts';

/** A page for what cannot be shown: not found, no access, or the server is unreachable. */
export function ErrorPage(props: { user: User | null; error?: Error; title?: string }) {
  const notFound = props.error instanceof ApiFailure && props.error.status === 404;
  const title = props.title ?? (notFound ? 'Not found' : 'Something went wrong');
  return (
    <>
      <TopBar user={props.user} />
      <main className="center-page">
        <div className="card card--narrow">
          <h1>{title}</h1>
          <p className="muted">
            {notFound ? 'There is nothing here, or it was removed.' : (props.error?.message ?? '')}
          </p>
          <Link className="btn" href={paths.boards()}>
            Back to boards
          </Link>
        </div>
      </main>
    </>
  );
}
