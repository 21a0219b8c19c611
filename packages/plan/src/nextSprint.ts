import { newId } from './ids.ts';
import type { PlanDocument, SprintInfo, TeamDocument } from './PlanDocument.ts';
import { paragraph, plainText, type RichNode } from './richText.ts';
import { planTemplate, teamPart } from './templates.ts';
import { TEAM_PART_KINDS } from './vocabulary.ts';

/**
 * The next sprint's plan, pre-filled from this one (PRODUCT.md, "Start the
 * next sprint"): the retro lists this plan's proposed goals with their status
 * left to fill in, each team's hang-over items are its unfinished
 * high-priority items, and the teams stay. Pure: the server writes the result
 * into the new board's Y.Doc once. Every typed node gets a fresh id, so the
 * two boards never share ids (snapshots and diffs match nodes by id).
 */
export function nextSprint(
  plan: PlanDocument,
  options: { title?: string; sprint?: SprintInfo } = {},
): PlanDocument {
  const sprint = options.sprint ?? followingSprint(plan.meta.sprint);
  const title =
    options.title ?? (sprint.number !== null ? `Sprint ${sprint.number} planning` : 'Next sprint planning');
  const next = planTemplate(title, sprint);
  // The copied nodes are in this plan's layout, so the new plan starts at its version.
  next.meta.schemaVersion = plan.meta.schemaVersion;
  const outcomes = (plan.sections.proposedGoals.content ?? [])
    .filter((n) => n.type === 'goal')
    .map(retroOutcome);
  next.sections.retroOutcomes.content = outcomes.length > 0 ? outcomes : [paragraph()];
  next.teams = plan.teams.map(nextTeam);
  return next;
}

/**
 * Number + 1, and the same length of sprint starting the day after this one
 * ends. Dates are calendar days, computed in UTC so no time zone or DST shift
 * can move them.
 */
export function followingSprint(sprint: SprintInfo): SprintInfo {
  const number = sprint.number !== null ? sprint.number + 1 : null;
  const start = parseDay(sprint.startsOn);
  const end = parseDay(sprint.endsOn);
  if (start === null || end === null || end < start) return { number, startsOn: null, endsOn: null };
  const length = end - start + 1;
  return { number, startsOn: formatDay(end + 1), endsOn: formatDay(end + length) };
}

const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date, or null when it is missing or not a real date. */
function parseDay(value: string | null): number | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2024-02-31 over to March; such a date is not real.
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.getTime() / DAY_MS : null;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A proposed goal as a retro outcome: title, summary, owner, collaborators,
 * the 50:50 flag (a missed moonshot reads differently) and the 🎯 statements
 * with their text and marks, every status open. Why? and sub-goals are left
 * behind: the retro asks whether the statements were met, not why the goal
 * was chosen. Empty 🎯 lines have nothing to report on and are dropped.
 */
function retroOutcome(goal: RichNode): RichNode {
  const parts = goal.content ?? [];
  const title = parts.find((part) => part.type === 'goalTitle');
  const content: RichNode[] = [title ? copyLine(title, {}) : { type: 'goalTitle' }];
  for (const part of parts) {
    if (part.type === 'goalSummary') content.push(copyLine(part, {}));
    if (part.type === 'statement' && plainText(part).trim()) {
      content.push(copyLine(part, { id: newId(), status: null }));
    }
  }
  const attrs = goal.attrs ?? {};
  return {
    type: 'goal',
    attrs: {
      id: newId(),
      owner: typeof attrs.owner === 'string' ? attrs.owner : null,
      status: null,
      fiftyFifty: attrs.fiftyFifty === true,
      collaborators: Array.isArray(attrs.collaborators)
        ? attrs.collaborators.filter((handle): handle is string => typeof handle === 'string')
        : [],
    },
    content,
  };
}

/** A one-line typed node with its inline content (marks, mentions) deep-copied and the given attrs. */
function copyLine(node: RichNode, attrs: Record<string, unknown>): RichNode {
  const copy: RichNode = { type: node.type };
  if (Object.keys(attrs).length > 0) copy.attrs = attrs;
  if (node.content && node.content.length > 0) copy.content = structuredClone(node.content);
  return copy;
}

/**
 * The team's section for the next sprint: same name, a fresh template, and
 * its unfinished high-priority items (anything not ✅, dropped included: the
 * team decides again) as hang-over items awaiting a decision.
 */
function nextTeam(team: TeamDocument): TeamDocument {
  const hangOver = (team.body.content ?? [])
    .filter((part) => part.type === 'teamPart' && part.attrs?.kind === 'high')
    .flatMap((part) => part.content ?? [])
    .filter((node) => node.type === 'item' && node.attrs?.status !== 'achieved' && plainText(node).trim())
    .map((item) => {
      const owner = item.attrs?.owner;
      return copyLine(item, {
        id: newId(),
        owner: typeof owner === 'string' ? owner : null,
        decision: null,
        status: null,
      });
    });
  const parts = TEAM_PART_KINDS.map((kind) =>
    // The trailing empty paragraph is where people type, as in the team template.
    teamPart(kind, kind === 'hangOver' ? [...hangOver, paragraph()] : [paragraph()]),
  );
  return { id: newId(), name: team.name, body: { type: 'doc', content: parts } };
}
