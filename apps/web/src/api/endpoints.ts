import {
  type ApiChange,
  type Board,
  BoardSchema,
  ChangeSchema,
  type Person,
  PersonSchema,
  ReportLineSchema,
  type Role,
  type Snapshot,
  type SnapshotInfo,
  SnapshotInfoSchema,
  SnapshotSchema,
  type User,
  UserSchema,
} from './apiSchemas.ts';
import { requestJson, requestText } from './http.ts';
import { arrayOf, bool, literalTrue, object, optional, str, withDefault } from './schema.ts';

/** Sprint facts sent when creating a board. */
export interface SprintInput {
  number: number;
  startsOn: string;
  endsOn: string;
}

const Session = object({ user: UserSchema });
const enc = encodeURIComponent;

/** The HTTP API of the server, one typed function per call. */
export const api = {
  me: async (): Promise<User> => (await requestJson('/api/me', Session)).user,
  /**
   * Whether the workspace still needs its first account, when the server
   * says (GET /api/setup → {needed}); null when it cannot tell.
   */
  setupNeeded: async (): Promise<boolean | null> => {
    try {
      return (await requestJson('/api/setup', object({ needed: bool }))).needed;
    } catch {
      return null;
    }
  },
  setup: async (input: { handle: string; name: string; password: string }): Promise<User> =>
    (await requestJson('/api/setup', Session, { method: 'POST', body: input })).user,
  login: async (input: { handle: string; password: string }): Promise<User> =>
    (await requestJson('/api/auth/login', Session, { method: 'POST', body: input })).user,
  logout: async (): Promise<void> => {
    await requestJson('/api/auth/logout', object({ ok: literalTrue }), { method: 'POST' });
  },
  signup: async (input: { invite: string; handle: string; name: string; password: string }): Promise<User> =>
    (await requestJson('/api/auth/signup', Session, { method: 'POST', body: input })).user,
  createInvite: (role: Role): Promise<{ url: string; expiresAt: string }> =>
    requestJson('/api/invites', object({ url: str, expiresAt: str }), { method: 'POST', body: { role } }),

  people: async (): Promise<Person[]> =>
    (await requestJson('/api/people', object({ people: arrayOf(PersonSchema) }))).people,
  putPerson: (handle: string, input: Omit<Person, 'handle'>): Promise<Person> =>
    requestJson(`/api/people/${enc(handle)}`, PersonSchema, { method: 'PUT', body: input }),

  boards: async (): Promise<Board[]> =>
    (await requestJson('/api/boards', object({ boards: arrayOf(BoardSchema) }))).boards,
  board: (id: string): Promise<Board> => requestJson(`/api/boards/${enc(id)}`, BoardSchema),
  createBoard: (input: {
    title: string;
    sprint?: SprintInput;
    markdown?: string;
  }): Promise<{ board: Board; report: Array<Record<string, unknown>> }> =>
    requestJson(
      '/api/boards',
      object({ board: BoardSchema, report: withDefault(arrayOf(ReportLineSchema), []) }),
      { method: 'POST', body: input },
    ),
  markdown: (id: string): Promise<string> => requestText(`/api/boards/${enc(id)}/markdown`),
  lock: (id: string, confirm: boolean): Promise<{ snapshotId: string }> =>
    requestJson(`/api/boards/${enc(id)}/lock`, object({ snapshotId: str }), {
      method: 'POST',
      body: { confirm },
    }),
  unlock: async (id: string): Promise<void> => {
    await requestJson(`/api/boards/${enc(id)}/unlock`, object({ locked: bool }), { method: 'POST' });
  },
  nextSprint: async (id: string): Promise<Board> =>
    (await requestJson(`/api/boards/${enc(id)}/next`, object({ board: BoardSchema }), { method: 'POST' }))
      .board,

  snapshots: async (boardId: string): Promise<SnapshotInfo[]> =>
    (
      await requestJson(
        `/api/boards/${enc(boardId)}/snapshots`,
        object({ snapshots: arrayOf(SnapshotInfoSchema) }),
      )
    ).snapshots,
  takeSnapshot: async (boardId: string, label: string): Promise<string> =>
    (
      await requestJson(`/api/boards/${enc(boardId)}/snapshots`, object({ id: str }), {
        method: 'POST',
        body: { label },
      })
    ).id,
  snapshot: (id: string): Promise<Snapshot> => requestJson(`/api/snapshots/${enc(id)}`, SnapshotSchema),
  snapshotMarkdown: (id: string): Promise<string> => requestText(`/api/snapshots/${enc(id)}/markdown`),
  diff: async (id: string, against: string): Promise<ApiChange[]> =>
    (
      await requestJson(
        `/api/snapshots/${enc(id)}/diff?against=${enc(against)}`,
        object({ changes: arrayOf(ChangeSchema) }),
      )
    ).changes,
  share: (id: string): Promise<{ url: string; token: string }> =>
    requestJson(`/api/snapshots/${enc(id)}/share`, object({ url: str, token: str }), { method: 'POST' }),
  revokeShare: async (id: string): Promise<void> => {
    await requestJson(`/api/snapshots/${enc(id)}/share`, object({ shared: optional(bool) }), {
      method: 'DELETE',
    });
  },
  shared: (token: string): Promise<Snapshot> => requestJson(`/api/shared/${enc(token)}`, SnapshotSchema),
  sharedMarkdown: (token: string): Promise<string> => requestText(`/api/shared/${enc(token)}/markdown`),
};
