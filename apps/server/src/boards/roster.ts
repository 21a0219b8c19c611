import type { Roster } from '@sprintboard/plan';
import type { Storage } from '../storage/Storage.ts';

/** The roster the plan-health rules check against, from the people table. */
export async function loadRoster(storage: Storage): Promise<Roster> {
  const people = await storage.listPeople();
  return {
    people: people.map((p) => ({ handle: p.handle, discipline: p.discipline, supportHero: p.supportHero })),
  };
}
