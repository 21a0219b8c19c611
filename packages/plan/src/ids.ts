/**
 * A new id for a goal, statement, item, team or headline: 64 random bits in
 * hex, so two peers adding at once never collide. Uses Web Crypto's
 * getRandomValues, which exists in Node and in every browser context
 * (randomUUID does not exist on plain-HTTP pages).
 */
export function newId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
