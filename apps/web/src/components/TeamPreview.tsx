import { STATUS_EMOJI, TEAM_PART_TITLES, type TeamView } from '@sprintboard/plan';
import { memo } from 'react';
import { SECTION_EDITOR_ATTR } from '../editor/focusNavigation.ts';
import { RichBlocks } from './RichText.tsx';

/**
 * A static picture of a team's section, shown until its editor is mounted
 * (far below the fold on a big board). Focusing or clicking it mounts the
 * editor in its place.
 */
export const TeamPreview = memo(function TeamPreview(props: {
  team: TeamView | undefined;
  label: string;
  section: string;
  onActivate: () => void;
}) {
  const { team } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: it stands in for the editor it turns into when focused
    <div
      className="section-editor team-preview"
      role="textbox"
      aria-label={props.label}
      aria-readonly="true"
      tabIndex={0}
      {...{ [SECTION_EDITOR_ATTR]: props.section }}
      onFocus={props.onActivate}
      onPointerDown={props.onActivate}
    >
      {!team && <p className="muted">Loading…</p>}
      {team && (
        <div className="doc">
          <section className="team-part">
            <h4 className="team-part__title">{TEAM_PART_TITLES.retro}</h4>
            <RichBlocks nodes={team.retro} />
          </section>
          {(['hangOver', 'high', 'low'] as const).map((kind) => (
            <section key={kind} className="team-part">
              <h4 className="team-part__title">{TEAM_PART_TITLES[kind]}</h4>
              {team[kind].map((item) => (
                <div key={item.id} className="item" data-status={item.status ?? undefined} data-id={item.id}>
                  <span className="item__bullet" aria-hidden="true" />
                  <span className="item__text">{item.text}</span>
                  <span className="item__meta">
                    {item.decision && <span className={`pill pill--${item.decision}`}>{item.decision}</span>}
                    {item.status && <span className="status-badge">{STATUS_EMOJI[item.status]}</span>}
                    {item.owner && <span className="chip">@{item.owner}</span>}
                  </span>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}, samePreview);

/** The typed view is rebuilt after every change; a preview re-renders only when its own team changed. */
function samePreview(
  a: { team: TeamView | undefined; label: string; section: string },
  b: { team: TeamView | undefined; label: string; section: string },
): boolean {
  return a.label === b.label && a.section === b.section && JSON.stringify(a.team) === JSON.stringify(b.team);
}
