import type { TeamView } from '@sprintboard/plan';
import { memo, useCallback, useRef, useState } from 'react';
import { useNearViewport } from '../hooks/useNearViewport.ts';
import { teamFragmentOf } from '../room/fragments.ts';
import { useBoard } from './BoardContext.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import { TeamHeader } from './TeamHeader.tsx';
import { TeamPreview } from './TeamPreview.tsx';

/**
 * One team's section: its name (renamable), and its body editor, mounted
 * only once the section nears the viewport (a static preview until then)
 * when the board is big.
 */
export const TeamSection = memo(function TeamSection(props: {
  teamId: string;
  name: string;
  index: number;
  count: number;
  lazy: boolean;
  view: TeamView | undefined;
}) {
  const { room } = useBoard();
  const ref = useRef<HTMLElement>(null);
  const [activated, setActivated] = useState(false);
  const activate = useCallback(() => setActivated(true), []);
  const near = useNearViewport(ref, props.lazy);
  const fragment = teamFragmentOf(room, props.teamId);
  const label = `Team ${props.name}`;
  const section = `team:${props.teamId}`;
  return (
    <section ref={ref} className="team" id={section} aria-labelledby={`${section}-title`}>
      <TeamHeader teamId={props.teamId} name={props.name} index={props.index} count={props.count} />
      {fragment && (near || activated) ? (
        <SectionEditor fragment={fragment} section={section} label={label} autoFocus={activated} />
      ) : (
        <TeamPreview team={props.view} label={label} section={section} onActivate={activate} />
      )}
    </section>
  );
});
