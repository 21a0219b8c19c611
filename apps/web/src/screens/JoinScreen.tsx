import { api } from '../api/endpoints.ts';
import { Link } from '../components/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { signedIn } from '../session/session.ts';
import { AuthForm } from './AuthForm.tsx';

/** /join/:token — create an account from an invite link. */
export function JoinScreen(props: { token: string }) {
  return (
    <AuthForm
      title="Join your team on Sprintboard"
      intro="You were invited. Pick a handle (as on GitHub) and a password."
      submitLabel="Create account"
      askName
      onSubmit={async (fields) => {
        signedIn(await api.signup({ ...fields, invite: props.token }));
        navigate(paths.boards(), { replace: true });
      }}
      errorFor={(error) =>
        error.id === 'invalid_invite'
          ? 'This invite link is unknown, used or expired. Ask for a new one.'
          : undefined
      }
      footer={
        <>
          Have an account? <Link href={paths.login()}>Log in</Link>
        </>
      }
    />
  );
}
