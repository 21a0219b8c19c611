import {
  DECISIONS,
  type PlanLocation,
  type PlanView,
  type RichDoc,
  type RichNode,
  RULE_IDS,
  STATUSES,
  TEAM_PART_KINDS,
} from '@sprintboard/plan';
import {
  arrayOf,
  bool,
  type Infer,
  lazy,
  nullable,
  num,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  SchemaError,
  str,
  unknownValue,
  withDefault,
} from './schema.ts';

/** Roles of the workspace, lowest first. */
export const ROLES = ['viewer', 'member', 'lead', 'admin'] as const;
/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** The signed-in user (GET /api/me). */
export const UserSchema = object({ id: str, handle: str, name: str, role: oneOf(ROLES), createdAt: str });
/** An account. */
export type User = Infer<typeof UserSchema>;

/** A person on the roster (GET /api/people). */
export const PersonSchema = object({
  handle: str,
  name: str,
  discipline: oneOf(['engineering', 'design', 'product', 'other'] as const),
  supportHero: withDefault(bool, false),
});
/** Someone owners can be chosen from. */
export type Person = Infer<typeof PersonSchema>;

/** A board as the list and the board page show it. */
export const BoardSchema = object({
  id: str,
  title: str,
  sprint: object({ number: nullable(num), startsOn: nullable(str), endsOn: nullable(str) }),
  locked: bool,
  lockedBy: nullable(str),
  lockedAt: nullable(str),
  createdAt: str,
  createdBy: str,
});
/** A board's row. */
export type Board = Infer<typeof BoardSchema>;

/** A snapshot without its plan. */
export const SnapshotInfoSchema = object({
  id: str,
  boardId: str,
  label: str,
  createdAt: str,
  createdBy: str,
  shared: bool,
});
/** A snapshot in a list. */
export type SnapshotInfo = Infer<typeof SnapshotInfoSchema>;

const RichMarkSchema = object({ type: str, attrs: optional(record) });
const RichNodeSchema: Schema<RichNode> = lazy(() =>
  object({
    type: str,
    attrs: optional(record),
    content: optional(arrayOf(RichNodeSchema)),
    marks: optional(arrayOf(RichMarkSchema)),
    text: optional(str),
  }),
);
const RichDocSchema: Schema<RichDoc> = (value, path) => {
  const node = RichNodeSchema(value, path);
  if (node.type !== 'doc') throw new SchemaError(`${path}: expected a doc node`);
  return { ...node, type: 'doc' };
};

const status = nullable(oneOf(STATUSES));
const GoalSchema = object({
  id: str,
  title: str,
  summary: withDefault(str, ''),
  owner: nullable(str),
  collaborators: withDefault(arrayOf(str), []),
  status,
  fiftyFifty: withDefault(bool, false),
  why: withDefault(str, ''),
  statements: withDefault(arrayOf(object({ id: str, text: str, status })), []),
  subGoals: withDefault(arrayOf(object({ id: str, text: str, owner: nullable(str) })), []),
  statusNotes: withDefault(arrayOf(str), []),
  extra: withDefault(arrayOf(RichNodeSchema), []),
});
const ItemSchema = object({
  id: str,
  text: str,
  owner: nullable(str),
  decision: nullable(oneOf(DECISIONS)),
  status,
});
const rich = withDefault(arrayOf(RichNodeSchema), []);
const TeamSchema = object({
  id: str,
  name: str,
  retro: rich,
  hangOver: arrayOf(ItemSchema),
  high: arrayOf(ItemSchema),
  low: arrayOf(ItemSchema),
  notes: withDefault(object({ hangOver: rich, high: rich, low: rich }), { hangOver: [], high: [], low: [] }),
});

/** The typed view of a plan, as snapshots carry it. */
export const PlanViewSchema: Schema<PlanView> = object({
  title: str,
  sprint: object({ number: nullable(num), startsOn: nullable(str), endsOn: nullable(str) }),
  schemaVersion: withDefault(num, 0),
  headlineGoals: arrayOf(object({ id: str, text: str, fiftyFifty: withDefault(bool, false) })),
  retroOutcomes: arrayOf(GoalSchema),
  retroDiscussion: RichDocSchema,
  priorities: RichDocSchema,
  proposedGoals: arrayOf(GoalSchema),
  teams: arrayOf(TeamSchema),
  notes: withDefault(object({ headline: rich, retroOutcomes: rich, proposedGoals: rich }), {
    headline: [],
    retroOutcomes: [],
    proposedGoals: [],
  }),
});

/** A snapshot with its plan. */
export const SnapshotSchema = object({
  id: str,
  boardId: str,
  label: str,
  createdAt: str,
  createdBy: str,
  shared: bool,
  plan: PlanViewSchema,
});
/** A snapshot to show. */
export type Snapshot = Infer<typeof SnapshotSchema>;

const LocationFields = object({
  section: oneOf([
    'headline',
    'retroOutcomes',
    'proposedGoals',
    'retroDiscussion',
    'priorities',
    'teams',
    'meta',
  ] as const),
  headlineId: optional(str),
  goalId: optional(str),
  partId: optional(str),
  teamId: optional(str),
  part: optional(oneOf(TEAM_PART_KINDS)),
  itemId: optional(str),
});

/** Where in a plan a finding or change is. */
export const PlanLocationSchema: Schema<PlanLocation> = (value, path) => {
  const w = LocationFields(value, path);
  switch (w.section) {
    case 'headline':
      return { section: 'headline', headlineId: w.headlineId ?? '' };
    case 'retroOutcomes':
    case 'proposedGoals':
      return { section: w.section, goalId: w.goalId ?? '', ...(w.partId ? { partId: w.partId } : {}) };
    case 'teams':
      return {
        section: 'teams',
        teamId: w.teamId ?? '',
        ...(w.part ? { part: w.part } : {}),
        ...(w.itemId ? { itemId: w.itemId } : {}),
      };
    default:
      return { section: w.section };
  }
};

/** A plan-health finding as the lock endpoint returns it. */
export const FindingSchema = object({ rule: oneOf(RULE_IDS), message: str, where: PlanLocationSchema });
/** A finding to list. */
export type ApiFinding = Infer<typeof FindingSchema>;

/** One change of a diff. */
export const ChangeSchema = object({
  kind: str,
  message: str,
  where: optional(PlanLocationSchema),
  before: optional(nullable(str)),
  after: optional(nullable(str)),
});
/** A change to list. */
export type ApiChange = Infer<typeof ChangeSchema>;

/** One line of an import report: shown as it comes, the message first. */
export const ReportLineSchema = record;

/** Any JSON, unchecked (error bodies are read field by field). */
export const AnyJson = unknownValue;
