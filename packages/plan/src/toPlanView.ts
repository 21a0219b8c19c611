import type { PlanDocument, TeamDocument } from './PlanDocument.ts';
import type { GoalView, HeadlineView, ItemView, PlanView, TeamView } from './PlanView.ts';
import { plainText, type RichNode } from './richText.ts';
import { isDecision, isStatus, isTeamPartKind } from './vocabulary.ts';

/** The typed view of a plan document. Pure; tolerant of any merge result. */
export function toPlanView(plan: PlanDocument): PlanView {
  const headline = splitTyped(plan.sections.headline.content, 'headline');
  const outcomes = splitTyped(plan.sections.retroOutcomes.content, 'goal');
  const proposed = splitTyped(plan.sections.proposedGoals.content, 'goal');
  return {
    title: plan.meta.title,
    sprint: plan.meta.sprint,
    schemaVersion: plan.meta.schemaVersion,
    headlineGoals: headline.typed.map(toHeadline),
    retroOutcomes: outcomes.typed.map(toGoal),
    retroDiscussion: plan.sections.retroDiscussion,
    priorities: plan.sections.priorities,
    proposedGoals: proposed.typed.map(toGoal),
    teams: plan.teams.map(toTeam),
    notes: { headline: headline.rest, retroOutcomes: outcomes.rest, proposedGoals: proposed.rest },
  };
}

function splitTyped(content: RichNode[] | undefined, type: string) {
  const typed: RichNode[] = [];
  const rest: RichNode[] = [];
  for (const node of content ?? []) (node.type === type ? typed : rest).push(node);
  return { typed, rest };
}

function str(node: RichNode, key: string): string | null {
  const value = node.attrs?.[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function id(node: RichNode): string {
  return str(node, 'id') ?? '';
}

function statusOf(node: RichNode) {
  const value = node.attrs?.status;
  return isStatus(value) ? value : null;
}

function toHeadline(node: RichNode): HeadlineView {
  return { id: id(node), text: plainText(node).trim(), fiftyFifty: node.attrs?.fiftyFifty === true };
}

function toGoal(node: RichNode): GoalView {
  const goal: GoalView = {
    id: id(node),
    title: '',
    summary: '',
    owner: str(node, 'owner'),
    collaborators: collaboratorsOf(node),
    status: statusOf(node),
    fiftyFifty: node.attrs?.fiftyFifty === true,
    why: '',
    statements: [],
    subGoals: [],
    statusNotes: [],
    extra: [],
  };
  let titled = false;
  for (const part of node.content ?? []) {
    const text = plainText(part).trim();
    switch (part.type) {
      case 'goalTitle':
        if (titled) goal.extra.push(part);
        else goal.title = text;
        titled = true;
        break;
      case 'goalSummary':
        goal.summary = joinText(goal.summary, text);
        break;
      case 'goalWhy':
        goal.why = joinText(goal.why, text);
        break;
      case 'statement':
        goal.statements.push({ id: id(part), text, status: statusOf(part) });
        break;
      case 'subGoal':
        goal.subGoals.push({ id: id(part), text, owner: str(part, 'owner') });
        break;
      case 'statusNote':
        goal.statusNotes.push(text);
        break;
      default:
        goal.extra.push(part);
    }
  }
  return goal;
}

function joinText(before: string, after: string): string {
  return before && after ? `${before} ${after}` : before || after;
}

function collaboratorsOf(node: RichNode): string[] {
  const value = node.attrs?.collaborators;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

function toTeam(team: TeamDocument): TeamView {
  const view: TeamView = {
    id: team.id,
    name: team.name,
    retro: [],
    hangOver: [],
    high: [],
    low: [],
    notes: { hangOver: [], high: [], low: [] },
  };
  for (const part of team.body.content ?? []) {
    if (part.type !== 'teamPart') {
      view.retro.push(part);
      continue;
    }
    const kind = isTeamPartKind(part.attrs?.kind) ? part.attrs.kind : 'retro';
    for (const child of part.content ?? []) {
      if (kind === 'retro') view.retro.push(child);
      else if (child.type === 'item') view[kind].push(toItem(child));
      else view.notes[kind].push(child);
    }
  }
  return view;
}

function toItem(node: RichNode): ItemView {
  const decision = node.attrs?.decision;
  return {
    id: id(node),
    text: plainText(node).trim(),
    owner: str(node, 'owner'),
    decision: isDecision(decision) ? decision : null,
    status: statusOf(node),
  };
}
