import type { SprintInfo } from '@sprintboard/plan';

function day(iso: string): string {
  const date = new Date(`${iso}T00:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "Sprint 24 · 3 Mar 2025 – 14 Mar 2025", leaving out what is unknown. */
export function sprintLine(sprint: SprintInfo): string {
  const parts: string[] = [];
  if (sprint.number !== null) parts.push(`Sprint ${sprint.number}`);
  if (sprint.startsOn || sprint.endsOn) {
    parts.push([sprint.startsOn, sprint.endsOn].map((d) => (d ? day(d) : '…')).join(' – '));
  }
  return parts.join(' · ');
}
