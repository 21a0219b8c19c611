import { useEffect } from 'react';
import { Toasts } from './components/Toasts.tsx';
import { useLocation } from './hooks/useLocation.ts';
import { useSession } from './hooks/useSession.ts';
import { navigate } from './router/navigation.ts';
import { matchRoute, PUBLIC_ROUTES, paths, type Route } from './router/routes.ts';
import { BoardScreen } from './screens/BoardScreen.tsx';
import { BoardsScreen } from './screens/BoardsScreen.tsx';
import { ErrorPage } from './screens/ErrorPage.tsx';
import { JoinScreen } from './screens/JoinScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { SetupScreen } from './screens/SetupScreen.tsx';
import { SharedScreen } from './screens/SharedScreen.tsx';
import { SnapshotScreen } from './screens/SnapshotScreen.tsx';
import { anonymousRedirect } from './session/anonymousRedirect.ts';
import { loadSession } from './session/session.ts';

/** The app: picks the screen for the route and the session. */
export function App() {
  const session = useSession();
  const location = useLocation();
  const route = matchRoute(location.pathname, location.search);

  useEffect(() => {
    void loadSession();
  }, []);

  const anonymous = session.status === 'anonymous';
  const signedIn = session.status === 'user';
  useEffect(() => {
    if (anonymous && !PUBLIC_ROUTES.has(route.name)) {
      void anonymousRedirect(location.pathname).then((to) => navigate(to, { replace: true }));
    }
    if (signedIn && (route.name === 'setup' || route.name === 'login' || route.name === 'join')) {
      navigate(route.name === 'login' && route.next ? route.next : paths.boards(), { replace: true });
    }
  }, [anonymous, signedIn, route, location.pathname]);

  return (
    <>
      {screenFor(route, session)}
      <Toasts />
    </>
  );
}

function screenFor(route: Route, session: ReturnType<typeof useSession>) {
  if (route.name === 'shared') return <SharedScreen token={route.token} />;
  if (session.status === 'loading') return <div className="splash" aria-busy="true" />;
  if (session.status === 'error') {
    return (
      <ErrorPage user={null} title="Sprintboard cannot reach its server" error={new Error(session.message)} />
    );
  }
  if (session.status === 'anonymous') {
    if (route.name === 'setup') return <SetupScreen />;
    if (route.name === 'join') return <JoinScreen token={route.token} />;
    if (route.name === 'login') return <LoginScreen next={route.next} />;
    return <div className="splash" aria-busy="true" />;
  }
  const { user } = session;
  switch (route.name) {
    case 'boards':
      return <BoardsScreen user={user} />;
    case 'board':
      return <BoardScreen key={route.boardId} boardId={route.boardId} user={user} />;
    case 'snapshot':
      return (
        <SnapshotScreen
          key={route.snapshotId}
          boardId={route.boardId}
          snapshotId={route.snapshotId}
          user={user}
        />
      );
    case 'notFound':
      return <ErrorPage user={user} title="Not found" />;
    default:
      return <div className="splash" aria-busy="true" />;
  }
}
