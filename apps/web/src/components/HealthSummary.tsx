import { type Finding, RULES } from '@sprintboard/plan';
import { useState } from 'react';
import { anchorId } from '../health/findingsIndex.ts';

/** How many warnings the summary lists before "Show all". */
const FIRST = 6;

function reveal(finding: Finding): void {
  const id = anchorId(finding.where);
  const target =
    (id && document.querySelector(`[data-id="${CSS.escape(id)}"]`)) ||
    (finding.where.section === 'teams' ? document.getElementById(`team:${finding.where.teamId}`) : null) ||
    document.getElementById(`section-${finding.where.section}`);
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target?.classList.add('flash');
  setTimeout(() => target?.classList.remove('flash'), 1200);
}

/** Plan health at a glance: every warning, grouped by rule; clicking one shows it in the plan. */
export function HealthSummary(props: { findings: readonly Finding[] }) {
  const { findings } = props;
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST);
  return (
    <section className="health" aria-labelledby="health-title">
      <h2 className="panel-title" id="health-title">
        Plan health
        <span className={`count${findings.length ? ' count--warn' : ' count--ok'}`}>
          {findings.length ? `${findings.length} warning${findings.length === 1 ? '' : 's'}` : 'All good'}
        </span>
      </h2>
      {findings.length === 0 ? (
        <p className="muted">Every goal and item has one engineer as owner, and every goal a 🎯 statement.</p>
      ) : (
        <ul className="health__list">
          {shown.map((finding, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no ids; the list is rebuilt whole
            <li key={`${finding.rule}-${i}`}>
              <button type="button" className="health__item" onClick={() => reveal(finding)}>
                <span className="health__rule" title={RULES[finding.rule].description}>
                  {finding.rule}
                </span>
                <span>{finding.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {findings.length > FIRST && (
        <button type="button" className="link-btn" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${findings.length} warnings`}
        </button>
      )}
    </section>
  );
}
