import { api } from '../api/endpoints.ts';
import { Link } from '../components/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { signedIn } from '../session/session.ts';
import { AuthForm } from './AuthForm.tsx';

/** /login — sign in with handle and password. */
export function LoginScreen(props: { next: string | null }) {
  return (
    <AuthForm
      title="Log in"
      submitLabel="Log in"
      askName={false}
      onSubmit={async ({ handle, password }) => {
        signedIn(await api.login({ handle, password }));
        navigate(props.next ?? paths.boards(), { replace: true });
      }}
      footer={
        <>
          First time here? <Link href={paths.setup()}>Set up the workspace</Link>
        </>
      }
    />
  );
}
