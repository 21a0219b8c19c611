/**
 * The plan-health rules, by stable id. Ids never change meaning and are never
 * reused: the UI, the API, lock overrides and tests (`it('[PH3] …')`) cite
 * them. New rules get the next free number.
 */
export const RULE_IDS = ['PH1', 'PH2', 'PH3', 'PH4', 'PH5', 'PH6'] as const;
/** The id of a plan-health rule, as cited by findings and tests. */
export type RuleId = (typeof RULE_IDS)[number];

/** What the UI and API show about a rule. */
export interface RuleInfo {
  id: RuleId;
  title: string;
  description: string;
}

/**
 * "Owned work" below means the things a person is accountable for this
 * sprint: proposed goals, their sub-goals, and each team's high- and
 * low-priority items and hang-over items (except those marked
 * deprioritised, which are explicitly not this sprint's work). Headline
 * goals are the whole company's ambition and retro outcomes are last
 * sprint's record, so neither needs an owner here.
 */
export const RULES: Record<RuleId, RuleInfo> = {
  /** PH1: every piece of owned work has exactly one owner (the data model holds at most one). */
  PH1: {
    id: 'PH1',
    title: 'Every goal and item has an owner',
    description:
      'Each proposed goal, sub-goal and team item (high priority, low priority, and hang-over items not deprioritised) needs exactly one owner.',
  },
  /** PH2: an owner who is on the roster must be an engineer. */
  PH2: {
    id: 'PH2',
    title: 'Owners are engineers',
    description:
      'Only engineers may own goals, sub-goals and items; designers, product managers and others collaborate instead.',
  },
  /** PH3: the support hero owns no product work; collaborating is not owning, so collaborators are not checked. */
  PH3: {
    id: 'PH3',
    title: 'Support hero owns no product work',
    description:
      'The person on support duty this sprint owns no proposed goal, sub-goal or team item: assume zero product work for the support hero.',
  },
  /** PH4: every proposed goal has at least one 🎯 statement with text; an empty 🎯 line does not count. */
  PH4: {
    id: 'PH4',
    title: 'Every proposed goal has a 🎯 statement',
    description: 'Each proposed goal needs at least one measurable 🎯 goal statement.',
  },
  /** PH5: nobody owns more than the configured number of proposed goals (sub-goals and items are not counted). */
  PH5: {
    id: 'PH5',
    title: 'Nobody owns too many goals',
    description:
      'No one owns more proposed goals than the configured limit (2 unless the workspace says otherwise).',
  },
  /**
   * PH6: an owner must be on the roster. Kept apart from PH2 because the fix
   * differs: usually a typo in the handle, or a newcomer missing from the
   * roster, rather than the wrong person.
   */
  PH6: {
    id: 'PH6',
    title: 'Owners are known people',
    description:
      'An owner handle that is not on the roster is probably a typo or someone who has not been added yet.',
  },
};
