// TCCC calls on the manual clock: phases, outcomes chosen by the callee, hang-up, call
// records and auto-callout tasks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClock } from './clock';
import { admin, DEMO, tccc } from './helpers';
import { createEmulator, type Emulator } from './server';

let emu: Emulator;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
beforeAll(async () => {
  emu = await createEmulator({ clock: { manual: true, start: T0 }, limits: { tccc: 1000 } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', '/reset'));

const sec = (ms: number) => Math.floor(ms / 1000);
const advance = (ms: number) => admin(emu, 'POST', '/advance', { ms });
const dial = async (Callee = '008613012345678') => (await tccc(emu, 'CreateCallOutSession', { UserId: DEMO.tccc.userId, Callee })).SessionId as string;
const session = async (SessionId: string) => (await tccc(emu, 'DescribeTelSession', { SessionId })).Session;
const cdr = async (params: Record<string, unknown> = {}) =>
  tccc(emu, 'DescribeTelCdr', { StartTimeStamp: sec(T0) - 3600, EndTimeStamp: sec(T0) + 86_400, PageSize: 100, PageNumber: 0, ...params });
const task = async (TaskId: number) => tccc(emu, 'DescribeAutoCalloutTask', { TaskId });

describe('clock', () => {
  it('scales phases and intervals by the speed factor', () => {
    const clock = createClock({ manual: true, start: 0, speed: 4 });
    expect([clock.phase('agentRingMs'), clock.phase('customerRingMs'), clock.phase('talkMs'), clock.scale(600_000)]).toEqual([500, 750, 2000, 150_000]);
    expect(clock.advance(10)).toBe(10);
  });
});

describe('dual calls', () => {
  it('ring the agent, then the customer, talk, and finish with a call record', async () => {
    const id = await dial();
    const start = emu.state.clock.now();
    expect(await session(id)).toMatchObject({ SessionStatus: 'ringing', StartTimestamp: sec(start), RingTimestamp: 0, AcceptTimestamp: 0, StaffNumber: '1001' });
    await advance(2_000);
    expect(await session(id)).toMatchObject({ SessionStatus: 'seatJoining', RingTimestamp: sec(start + 2_000) });
    await advance(3_000);
    expect(await session(id)).toMatchObject({ SessionStatus: 'inProgress', AcceptTimestamp: sec(start + 5_000) });
    expect((await cdr()).TotalCount).toBe(0); // live calls have no record yet
    await advance(8_000);
    expect((await session(id)).SessionStatus).toBe('finished');
    const { TotalCount, TelCdrList } = await cdr();
    expect(TotalCount).toBe(1);
    expect(TelCdrList[0]).toMatchObject({
      SessionId: id, Caller: DEMO.tccc.caller, Callee: '008613012345678', Direction: 1, CallType: 1, Duration: 8,
      EndStatus: 1, EndStatusString: 'ok', HungUpSide: 'user', StartTimestamp: sec(start), EndedTimestamp: sec(start + 13_000),
      SeatUser: { Mail: DEMO.tccc.userId, StaffNumber: '1001' },
    });
  });

  it.each([
    ['0202', 5_000, 202, 'notAnswer', 'system'],
    ['0203', 5_000, 203, 'userReject', 'user'],
    ['0206', 5_000, 206, 'busy', 'system'],
    ['0209', 2_000, 209, 'callerCancel', 'seat'],
  ])('callees ending in %s end after %i ms with EndStatus %i (%s)', async (suffix, endMs, status, text, side) => {
    const id = await dial(`0086130123${suffix}`);
    await advance(endMs - 1);
    expect((await session(id)).SessionStatus).not.toBe('finished');
    await advance(1);
    expect(await session(id)).toMatchObject({ SessionStatus: 'finished', AcceptTimestamp: 0 });
    expect((await cdr()).TelCdrList[0]).toMatchObject({ EndStatus: status, EndStatusString: text, HungUpSide: side, Duration: 0 });
  });

  it('HangUpCall before the customer answers is a caller cancel; after, a normal end by the seat', async () => {
    const early = await dial();
    await advance(3_000);
    expect(await tccc(emu, 'HangUpCall', { SessionId: early })).not.toHaveProperty('Error');
    expect((await session(early)).SessionStatus).toBe('finished');
    expect((await tccc(emu, 'HangUpCall', { SessionId: early })).Error.Code).toBe('FailedOperation');
    const late = await dial();
    await advance(7_000);
    await tccc(emu, 'HangUpCall', { SessionId: late });
    const records = (await cdr()).TelCdrList as { SessionId: string }[];
    expect(records.find((r) => r.SessionId === early)).toMatchObject({ EndStatus: 209, HungUpSide: 'seat', Duration: 0 });
    expect(records.find((r) => r.SessionId === late)).toMatchObject({ EndStatus: 1, HungUpSide: 'seat', Duration: 2 });
  });

  it('the admin API hangs up as the customer', async () => {
    const id = await dial();
    await advance(6_000);
    await admin(emu, 'POST', `/calls/${id}/hangup`, { side: 'user' });
    expect((await cdr()).TelCdrList[0]).toMatchObject({ EndStatus: 1, HungUpSide: 'user', Duration: 1 });
    expect(await admin(emu, 'POST', `/calls/${id}/hangup`, {})).toEqual({ error: 'call already ended' });
  });
});

describe('IVR sessions and call records', () => {
  it('ring the customer, then talk to the IVR, with no agent', async () => {
    const { SessionId } = await tccc(emu, 'CreateIVRSession', { Callee: '008613012345678', IVRId: 4500, UUI: 'u' });
    expect(await session(SessionId)).toMatchObject({ SessionStatus: 'ringing', StaffEmail: '' });
    await advance(3_000);
    expect((await session(SessionId)).SessionStatus).toBe('inProgress');
    await advance(8_000);
    expect((await cdr()).TelCdrList[0]).toMatchObject({ SessionId, EndStatus: 1, Duration: 8, UUI: 'u', ServeParticipants: [] });
  });

  it('filters by session, phone and time, and pages', async () => {
    const ids = [await dial('008613000000001'), (await tccc(emu, 'CreateIVRSession', { Callee: '008613000000002', IVRId: 4500 })).SessionId];
    await advance(20_000);
    expect((await cdr({ SessionIds: [ids[1]] })).TelCdrList.map((r: { SessionId: string }) => r.SessionId)).toEqual([ids[1]]);
    expect((await cdr({ Phones: ['008613000000001'] })).TotalCount).toBe(1);
    expect((await cdr({ StartTimeStamp: sec(T0) + 86_400, EndTimeStamp: sec(T0) + 90_000 })).TotalCount).toBe(0);
    const page = await cdr({ PageSize: 1, PageNumber: 1 });
    expect([page.TotalCount, page.TelCdrList.length]).toEqual([2, 1]);
  });
});

describe('auto-callout tasks', () => {
  const create = (params: Record<string, unknown>) =>
    tccc(emu, 'CreateAutoCalloutTask', { NotBefore: sec(emu.state.clock.now()), Callers: [DEMO.tccc.caller], IvrId: 4500, ...params });
  const states = async (id: number) => {
    const t = await task(id);
    return [t.State, ...t.Callees.map((c: { State: number }) => c.State)];
  };

  it('call callee after callee: calling, answered, not answered, completed', async () => {
    const { TaskId } = await create({ Name: 'renewals', Callees: ['008613000000001', '008613000000202', '008613000000003'] });
    expect(await states(TaskId)).toEqual([1, 3, 0, 0]);
    await advance(11_000); // ring 3 s + talk 8 s
    expect(await states(TaskId)).toEqual([1, 1, 3, 0]);
    await advance(3_000); // not answered after ringing
    expect(await states(TaskId)).toEqual([1, 1, 2, 3]);
    await advance(11_000);
    const done = await task(TaskId);
    expect(done).toMatchObject({ Name: 'renewals', State: 2, IvrId: 4500, Callers: [DEMO.tccc.caller] });
    expect(done.Callees.every((c: { Sessions: string[] }) => c.Sessions.length === 1)).toBe(true);
    expect((await session(done.Callees[0].Sessions[0])).SessionStatus).toBe('finished');
  });

  it('waits for NotBefore and retries an unanswered callee after RetryInterval', async () => {
    const { TaskId } = await create({ NotBefore: sec(emu.state.clock.now()) + 60, Callees: ['008613000000202'], AIAgentId: 388, Tries: 2, RetryInterval: 600 });
    expect(await states(TaskId)).toEqual([0, 0]);
    await advance(60_000);
    expect(await states(TaskId)).toEqual([1, 3]);
    await advance(3_000);
    expect(await states(TaskId)).toEqual([1, 4]);
    await advance(600_000);
    expect(await states(TaskId)).toEqual([1, 3]);
    await advance(3_000);
    const done = await task(TaskId);
    expect(done.State).toBe(2);
    expect(done.Callees[0]).toMatchObject({ State: 2, Sessions: [expect.any(String), expect.any(String)] });
  });

  it('StopAutoCalloutTask lets the current call finish (ending), then terminates', async () => {
    const { TaskId } = await create({ Callees: ['008613000000001', '008613000000002'] });
    await advance(1_000);
    expect(await tccc(emu, 'StopAutoCalloutTask', { TaskId })).not.toHaveProperty('Error');
    expect(await states(TaskId)).toEqual([3, 3, 0]);
    await advance(10_000);
    expect(await states(TaskId)).toEqual([4, 1, 0]);
    await advance(60_000);
    expect(await states(TaskId)).toEqual([4, 1, 0]);
    expect((await admin(emu, 'GET', '/calls')).tccc).toHaveLength(1);
  });
});
