import { api } from '../api/endpoints.ts';
import { Link } from '../components/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { signedIn } from '../session/session.ts';
import { AuthForm } from './AuthForm.tsx';

/** /setup — first run: the first account becomes the admin. */
export function SetupScreen() {
  return (
    <AuthForm
      title="Create the admin account"
      intro="The first account of this workspace becomes its admin. Invite everyone else from the boards page."
      submitLabel="Create admin"
      askName
      onSubmit={async (fields) => {
        signedIn(await api.setup(fields));
        navigate(paths.boards(), { replace: true });
      }}
      errorFor={(error) =>
        error.id === 'already_set_up' ? (
          <>
            This workspace is set up already. <Link href={paths.login()}>Log in</Link> instead.
          </>
        ) : undefined
      }
      footer={
        <>
          Already set up? <Link href={paths.login()}>Log in</Link>
        </>
      }
    />
  );
}
