/**
 * Polls an assertion until it passes or the time is up, then rethrows its
 * last failure: tests wait for behaviour instead of sleeping.
 */
export async function waitFor<T>(
  assertion: () => T | Promise<T>,
  timeoutMs = 5_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
