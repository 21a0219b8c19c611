import { newId } from './ids.ts';
import { emptyPlanDocument, type PlanDocument, type SprintInfo } from './PlanDocument.ts';
import type { RichDoc, RichNode } from './richText.ts';
import { paragraph, text } from './richText.ts';
import { TEAM_PART_KINDS, type TeamPartKind } from './vocabulary.ts';

/** The body of a new team section: the four parts of the team template, each empty. */
export function teamTemplate(): RichDoc {
  return { type: 'doc', content: TEAM_PART_KINDS.map((kind) => teamPart(kind, [paragraph()])) };
}

/** A teamPart node of the given kind. */
export function teamPart(kind: TeamPartKind, content: RichNode[]): RichNode {
  return { type: 'teamPart', attrs: { kind }, content };
}

/** A goal node from plain parts; every typed child gets a fresh id. */
export function goalNode(input: {
  title: string;
  summary?: string;
  owner?: string | null;
  collaborators?: string[];
  fiftyFifty?: boolean;
  status?: string | null;
  why?: string;
  statements?: Array<string | { text: string; status?: string | null }>;
  subGoals?: Array<{ text: string; owner?: string | null }>;
  id?: string;
}): RichNode {
  const line = (type: string, value: string, attrs?: Record<string, unknown>): RichNode => ({
    type,
    ...(attrs ? { attrs } : {}),
    ...(value ? { content: [text(value)] } : {}),
  });
  const content: RichNode[] = [line('goalTitle', input.title)];
  if (input.summary) content.push(line('goalSummary', input.summary));
  for (const sub of input.subGoals ?? []) {
    content.push(line('subGoal', sub.text, { id: newId(), owner: sub.owner ?? null }));
  }
  if (input.why) content.push(line('goalWhy', input.why));
  for (const statement of input.statements ?? []) {
    const { text: value, status } =
      typeof statement === 'string' ? { text: statement, status: null } : statement;
    content.push(line('statement', value, { id: newId(), status: status ?? null }));
  }
  return {
    type: 'goal',
    attrs: {
      id: input.id ?? newId(),
      owner: input.owner ?? null,
      status: input.status ?? null,
      fiftyFifty: input.fiftyFifty ?? false,
      collaborators: input.collaborators ?? [],
    },
    content,
  };
}

/** An item node. */
export function itemNode(input: {
  text: string;
  owner?: string | null;
  decision?: string | null;
  status?: string | null;
  id?: string;
}): RichNode {
  return {
    type: 'item',
    attrs: {
      id: input.id ?? newId(),
      owner: input.owner ?? null,
      decision: input.decision ?? null,
      status: input.status ?? null,
    },
    ...(input.text ? { content: [text(input.text)] } : {}),
  };
}

/**
 * A new board from the template: the sections are empty but for one empty
 * paragraph where free text goes, and there are no teams yet (teams are
 * added from the team template).
 */
export function planTemplate(title: string, sprint?: Partial<SprintInfo>): PlanDocument {
  const plan = emptyPlanDocument(title);
  plan.meta.sprint = { number: null, startsOn: null, endsOn: null, ...sprint };
  for (const section of Object.values(plan.sections)) section.content = [paragraph()];
  return plan;
}
