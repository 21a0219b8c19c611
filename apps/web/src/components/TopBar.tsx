import type { ReactNode } from 'react';
import type { User } from '../api/apiSchemas.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { signOut } from '../session/session.ts';
import { Avatar } from './Avatar.tsx';
import { Link } from './Link.tsx';

/** The app's top bar: home, where you are, and who you are. */
export function TopBar(props: { user: User | null; children?: ReactNode }) {
  return (
    <header className="topbar">
      <Link href={paths.boards()} className="brand" aria-label="Sprintboard — all boards">
        <span className="brand__mark" aria-hidden="true" />
        Sprintboard
      </Link>
      <div className="topbar__middle">{props.children}</div>
      {props.user && (
        <div className="topbar__user">
          <Avatar handle={props.user.handle} name={props.user.name} />
          <span className="topbar__name">
            {props.user.name}
            <span className="role">{props.user.role}</span>
          </span>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={async () => {
              await signOut();
              navigate(paths.login(), { replace: true });
            }}
          >
            Log out
          </button>
        </div>
      )}
    </header>
  );
}
