// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CallPanel } from '../../../components/call/CallPanel';
import type { CallRecord } from '../../../lib/calls/model';
import type { ErrorInfo } from '../../../lib/errors';
import { setLocale, type Locale } from '../../../lib/i18n';
import { byTestId, click, mount, settle } from './render';

const call = (patch: Partial<CallRecord> = {}): CallRecord => ({
  clickId: '6f1c2d3e-0000-4000-8000-000000000001',
  provider: 'tccc',
  sessionId: 'session-1',
  e164: '+8613800138000',
  ticketId: '4711',
  crm: 'zendesk',
  state: 'ringingAgent',
  createdAt: 1_000,
  ...patch,
});
const noError = async () => undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  setLocale(undefined);
  vi.useRealTimers();
});

describe('CallPanel', () => {
  it.each<[Locale, Partial<CallRecord>, string]>([
    ['en', { state: 'placing' }, 'Placing the call…'],
    ['en', { state: 'ringingAgent' }, 'Ringing your phone'],
    ['en', { state: 'ringingCustomer' }, 'Ringing the customer'],
    ['en', { state: 'connected', connectedAt: 2_000 }, 'Connected'],
    ['en', { state: 'ended', endReason: 'completed' }, 'Ended: completed'],
    ['en', { state: 'ended', endReason: 'noAnswer' }, 'Ended: no answer'],
    ['en', { state: 'ended', endReason: 'busy' }, 'Ended: line busy'],
    ['en', { state: 'ended', endReason: 'rejected' }, 'Ended: rejected'],
    ['en', { state: 'ended', endReason: 'cancelled' }, 'Ended: cancelled'],
    ['en', { state: 'ended', endReason: 'failed' }, 'Ended: failed'],
    ['zh_CN', { state: 'placing' }, '正在发起呼叫…'],
    ['zh_CN', { state: 'ringingAgent' }, '正在呼叫您的电话'],
    ['zh_CN', { state: 'ringingCustomer' }, '正在呼叫客户'],
    ['zh_CN', { state: 'connected', connectedAt: 2_000 }, '通话中'],
    ['zh_CN', { state: 'ended', endReason: 'completed' }, '已结束：通话完成'],
    ['zh_CN', { state: 'ended', endReason: 'noAnswer' }, '已结束：无人接听'],
    ['zh_CN', { state: 'ended', endReason: 'busy' }, '已结束：占线'],
    ['zh_CN', { state: 'ended', endReason: 'rejected' }, '已结束：被拒接'],
    ['zh_CN', { state: 'ended', endReason: 'cancelled' }, '已结束：已取消'],
    ['zh_CN', { state: 'ended', endReason: 'failed' }, '已结束：呼叫失败'],
  ])('%s %o reads "%s"', async (locale, patch, text) => {
    setLocale(locale);
    const root = await mount(<CallPanel call={call(patch)} onHangUp={noError} />);
    const badge = byTestId(root, 'call-state');
    expect(badge?.textContent).toBe(text);
    expect(badge?.dataset.state).toBe(patch.state);
    expect(byTestId(root, 'hang-up') === null).toBe(patch.state === 'ended');
  });

  it('shows the number, extension, ticket and provider', async () => {
    const root = await mount(<CallPanel call={call({ extension: '123' })} onHangUp={noError} />);
    expect(byTestId(root, 'call-number')?.textContent).toBe('+86 138 0013 8000 ext. 123');
    expect(byTestId(root, 'call-ticket')?.textContent).toBe('Ticket 4711 on zendesk');
    expect(byTestId(root, 'call-provider')?.textContent).toBe('Tencent Cloud Contact Center');
  });

  it('shows why a call failed, with the request id for support', async () => {
    const error: ErrorInfo = { kind: 'cloud', code: 'X', messageKey: 'some.key', requestId: 'req-42' };
    const root = await mount(<CallPanel call={call({ state: 'ended', endReason: 'failed', error })} onHangUp={noError} />);
    expect(byTestId(root, 'call-error')?.dataset.code).toBe('X');
    expect(byTestId(root, 'call-error-request-id')?.textContent).toContain('req-42');
  });

  it('asks the agent to finish a CCAI call in the adapter', async () => {
    const root = await mount(<CallPanel call={call({ provider: 'ccai', needsAgentAction: true })} onHangUp={noError} />);
    expect(byTestId(root, 'needs-agent-action')?.textContent).toContain('CCAI Platform agent adapter');
  });

  it('counts the connected time every second and freezes it at the end', async () => {
    vi.useFakeTimers({ now: 10_000, toFake: ['Date', 'setInterval', 'clearInterval'] });
    const root = await mount(<CallPanel call={call({ state: 'connected', connectedAt: 10_000 - 61_000 })} onHangUp={noError} />);
    expect(byTestId(root, 'call-duration')?.textContent).toBe('01:01');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(byTestId(root, 'call-duration')?.textContent).toBe('01:03');
    await mount(<CallPanel call={call({ state: 'ended', connectedAt: 0, endedAt: 125_000 })} onHangUp={noError} />);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(byTestId(document, 'call-duration')?.textContent).toBe('02:05');
  });

  it('sends one hang-up for a double click and shows the error reply', async () => {
    let answer: (error: ErrorInfo) => void = () => undefined;
    const onHangUp = vi.fn(() => new Promise<ErrorInfo | undefined>((resolve) => (answer = resolve)));
    const root = await mount(<CallPanel call={call()} onHangUp={onHangUp} />);
    const button = byTestId(root, 'hang-up');
    button?.click();
    button?.click();
    await settle();
    expect(onHangUp).toHaveBeenCalledTimes(1);
    expect((byTestId(root, 'hang-up') as HTMLButtonElement).disabled).toBe(true);
    answer({ kind: 'validation', code: 'HangUpInAdapter', messageKey: 'call.ccaiHangUpInAdapter', provider: 'ccai' });
    await settle();
    expect(byTestId(root, 'hang-up-error')?.dataset.code).toBe('HangUpInAdapter');
    await click(byTestId(root, 'hang-up'));
    expect(onHangUp).toHaveBeenCalledTimes(2);
  });
});
