/** The bytes of the i-th update of the durability test: written by the child, rebuilt by the parent to compare. */
export function durabilityUpdate(i: number): Uint8Array {
  return new TextEncoder().encode(`update ${i}`);
}
