/**
 * Child process of the SQLite durability test: appends updates to a board
 * forever and prints `<seq> <i>` after each appendUpdate resolved — the
 * moment a client would be acknowledged. The parent SIGKILLs it mid-stream
 * and then checks that every printed update is in the file.
 *
 * Usage: node appendUntilKilled.ts <database file> <board id>
 */
import { SqliteStorage } from '../SqliteStorage.ts';
import { durabilityUpdate } from './durabilityUpdate.ts';

const [file, boardId] = process.argv.slice(2);
if (!file || !boardId) throw new Error('usage: appendUntilKilled.ts <database file> <board id>');

const storage = new SqliteStorage(file);
for (let i = 0; ; i++) {
  const seq = await storage.appendUpdate(boardId, durabilityUpdate(i));
  // A pipe write is synchronous on Linux: the line is out before the next append starts.
  process.stdout.write(`${seq} ${i}\n`);
}
