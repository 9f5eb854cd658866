/** Gives the main thread back between scan slices, so no task runs much past one slice. */
export function yieldToMain(): Promise<void> {
  // scheduler.yield (Chrome 129+) resumes ahead of other tasks and without setTimeout's
  // 4 ms clamp after nested calls; older browsers get setTimeout.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
