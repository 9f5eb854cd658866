import { SwitchboardError, type ErrorInfo } from '../../../lib/errors';

/** The ErrorInfo a call threw (sync or async); fails the test if it threw anything else. */
export async function thrownInfo(run: () => unknown): Promise<ErrorInfo> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SwitchboardError) return error.info;
    throw error;
  }
  throw new Error('expected a SwitchboardError, but nothing was thrown');
}
