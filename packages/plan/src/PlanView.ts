import type { SprintInfo } from './PlanDocument.ts';
import type { RichDoc, RichNode } from './richText.ts';
import type { Decision, Status } from './vocabulary.ts';

/**
 * The typed, plain JSON view of a plan: what the rules check, the diff
 * compares, the API returns and snapshots show. Text of typed parts is plain
 * (mentions as @handle); free sections stay rich text.
 */
export interface PlanView {
  title: string;
  sprint: SprintInfo;
  schemaVersion: number;
  /** Section 1: the sprint's headline goals. */
  headlineGoals: HeadlineView[];
  /** Section 2: last sprint's goals with their outcomes. */
  retroOutcomes: GoalView[];
  /** Section 3: free discussion. */
  retroDiscussion: RichDoc;
  /** Section 4: numbered lessons and priorities. */
  priorities: RichDoc;
  /** Section 5: the goals proposed for this sprint. */
  proposedGoals: GoalView[];
  /** Section 6: one entry per team, in display order. */
  teams: TeamView[];
  /** Free rich text written between the typed blocks of sections 1, 2 and 5. */
  notes: { headline: RichNode[]; retroOutcomes: RichNode[]; proposedGoals: RichNode[] };
}

export interface HeadlineView {
  id: string;
  text: string;
  fiftyFifty: boolean;
}

export interface GoalView {
  id: string;
  title: string;
  /** What the goal delivers, the words after the title. */
  summary: string;
  /** Handle without '@', or null when nobody owns it yet. */
  owner: string | null;
  collaborators: string[];
  /** Outcome (retro outcomes); null while open. */
  status: Status | null;
  fiftyFifty: boolean;
  why: string;
  statements: StatementView[];
  subGoals: SubGoalView[];
  /** "Status:" lines of a retro outcome. */
  statusNotes: string[];
  /** Free rich text inside the goal that is none of the typed parts. */
  extra: RichNode[];
}

export interface StatementView {
  id: string;
  text: string;
  status: Status | null;
}

export interface SubGoalView {
  id: string;
  text: string;
  owner: string | null;
}

export interface TeamView {
  id: string;
  name: string;
  retro: RichNode[];
  hangOver: ItemView[];
  high: ItemView[];
  low: ItemView[];
  /** Free rich text written among the items of each list part. */
  notes: { hangOver: RichNode[]; high: RichNode[]; low: RichNode[] };
}

export interface ItemView {
  id: string;
  text: string;
  owner: string | null;
  decision: Decision | null;
  status: Status | null;
}

/** Where in a plan a typed node lives; used by rules, diffs and reports. */
export type PlanLocation =
  | { section: 'headline'; headlineId: string }
  | { section: 'retroOutcomes' | 'proposedGoals'; goalId: string; partId?: string }
  | { section: 'teams'; teamId: string; part?: 'retro' | 'hangOver' | 'high' | 'low'; itemId?: string }
  | { section: 'retroDiscussion' | 'priorities' | 'meta' };
