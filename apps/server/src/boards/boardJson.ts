import { z } from '@hono/zod-openapi';
import type { Board } from '../storage/Storage.ts';

export const BoardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    sprint: z.object({
      number: z.number().nullable(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
    }),
    locked: z.boolean(),
    lockedBy: z.string().nullable(),
    lockedAt: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .openapi('Board');

/** A board as the API shows it. */
export function boardJson(board: Board): z.infer<typeof BoardSchema> {
  return {
    id: board.id,
    title: board.title,
    sprint: board.sprint,
    locked: board.lockedAt !== null,
    lockedBy: board.lockedBy,
    lockedAt: board.lockedAt,
    createdAt: board.createdAt,
    createdBy: board.createdBy,
  };
}
