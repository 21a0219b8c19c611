/**
 * An id derived from `input` alone: 64-bit FNV-1a of its UTF-8 bytes, as 16
 * hex digits (the same shape as newId()). Migrations use it instead of
 * newId() so that two processes upgrading the same doc at once write the same
 * id and their writes converge. Not cryptographic: the inputs are paths and
 * ids inside one plan, not adversarial. Pure JS (no node:crypto) because the
 * plan package also runs in the browser.
 */
export function deterministicId(input: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(input)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
