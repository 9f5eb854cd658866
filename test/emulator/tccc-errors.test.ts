// Every TCCC bad-input case answers its documented code and creates no call.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CALLEE_ERRORS } from './accounts';
import { admin, DEMO, tccc } from './helpers';
import { createEmulator, type Emulator } from './server';

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({
    clock: { manual: true },
    limits: { tccc: 1000 },
    accounts: {
      tccc: [{
        secretId: DEMO.tccc.secretId,
        secretKey: DEMO.tccc.secretKey,
        sdkAppId: 1400000001,
        agents: [{ userId: 'other@example.com', staffNumber: '2001', name: 'Other', phone: '008613800000009' }],
        numbers: ['008602000000000'],
        calleeErrors: { '4321': 'OperationDenied.NotInWhiteList' },
      }],
    },
  });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', '/reset'));

const dial = { UserId: DEMO.tccc.userId, Callee: '008613012345678' };
const ivr = { Callee: '008613012345678', IVRId: 4500 };
const task = { NotBefore: 0, Callees: ['008613012345678'], Callers: [DEMO.tccc.caller], IvrId: 4500 };
const withoutKey = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const calls = async () => (await admin(emu, 'GET', '/calls')) as { tccc: unknown[]; tasks: unknown[] };

describe('bad input', () => {
  it.each([
    ['CreateCallOutSession', 'unknown SdkAppId', { ...dial, SdkAppId: 1499999999 }, 'InvalidParameter.InstanceNotExist'],
    ['CreateIVRSession', 'unknown SdkAppId', { ...ivr, SdkAppId: 1499999999 }, 'InvalidParameterValue.InstanceNotExist'],
    ['CreateCallOutSession', 'a callee in E.164', { ...dial, Callee: '+8613012345678' }, 'InvalidParameterValue'],
    ['CreateCallOutSession', 'a callee without 00', { ...dial, Callee: '13012345678' }, 'InvalidParameterValue'],
    ['CreateIVRSession', 'a callee in E.164', { ...ivr, Callee: '+8613012345678' }, 'InvalidParameterValue'],
    ['CreateCallOutSession', 'an unknown agent', { ...dial, UserId: 'nobody@example.com' }, 'InvalidParameterValue.AccountNotExist'],
    ['CreateCallOutSession', 'a caller number not owned (Callers)', { ...dial, Callers: ['008610000000000'] }, 'FailedOperation.NoCallOutNumber'],
    ['CreateCallOutSession', 'a caller number not owned (Caller)', { ...dial, Caller: '+8675566668888' }, 'FailedOperation.NoCallOutNumber'],
    ['CreateIVRSession', 'a caller number not owned', { ...ivr, Callers: ['008610000000000'] }, 'FailedOperation.NoCallOutNumber'],
    ['CreateIVRSession', 'an unknown IVR', { ...ivr, IVRId: 1 }, 'InvalidParameterValue'],
    ['CreateCallOutSession', 'no Callee', withoutKey(dial, 'Callee'), 'MissingParameter'],
    ['CreateCallOutSession', 'no UserId', withoutKey(dial, 'UserId'), 'MissingParameter'],
    ['CreateCallOutSession', 'no SdkAppId', { ...dial, SdkAppId: undefined }, 'MissingParameter'],
    ['CreateIVRSession', 'no IVRId', withoutKey(ivr, 'IVRId'), 'MissingParameter'],
    ['CreateCallOutSession', 'a UUI over 1024 bytes', { ...dial, UUI: '电'.repeat(342) }, 'InvalidParameterValue'],
    ['CreateCallOutSession', 'a UUI over 1024 bytes (Uui)', { ...dial, Uui: 'x'.repeat(1025) }, 'InvalidParameterValue'],
    ['CreateIVRSession', 'a UUI over 1024 bytes', { ...ivr, UUI: 'x'.repeat(1025) }, 'InvalidParameterValue'],
    ['CreateCallOutSession', 'a SdkAppId that is not a number', { ...dial, SdkAppId: 'demo' }, 'InvalidParameter'],
    ['CreateCallOutSession', 'an unknown parameter', { ...dial, Callee2: '008613012345678' }, 'UnknownParameter'],
    ['CreateAutoCalloutTask', 'neither IvrId nor AIAgentId', withoutKey(task, 'IvrId'), 'InvalidParameter'],
    ['CreateAutoCalloutTask', 'an unknown AIAgentId', { ...withoutKey(task, 'IvrId'), AIAgentId: 1 }, 'InvalidParameterValue'],
    ['CreateAutoCalloutTask', 'a callee in E.164', { ...task, Callees: ['+8613012345678'] }, 'InvalidParameterValue'],
    ['CreateAutoCalloutTask', 'a caller not owned', { ...task, Callers: ['008610000000000'] }, 'InvalidParameterValue'],
    ['CreateAutoCalloutTask', 'Tries over 3', { ...task, Tries: 4 }, 'InvalidParameterValue'],
    ['CreateAutoCalloutTask', 'no Callees', withoutKey(task, 'Callees'), 'MissingParameter'],
    ['DescribeTelSession', 'an unknown SessionId', { SessionId: 'nope' }, 'InvalidParameterValue.RecordNotExist'],
    ['HangUpCall', 'an unknown SessionId', { SessionId: 'nope' }, 'InvalidParameterValue.RecordNotExist'],
    ['DescribeAutoCalloutTask', 'an unknown TaskId', { TaskId: 7 }, 'InvalidParameterValue.RecordNotExist'],
    ['StopAutoCalloutTask', 'an unknown TaskId', { TaskId: 7 }, 'InvalidParameterValue.RecordNotExist'],
    ['DescribeTelCdr', 'a PageSize over 100', { StartTimeStamp: 0, EndTimeStamp: 1, PageSize: 101, PageNumber: 0 }, 'InvalidParameterValue'],
  ])('%s with %s -> %s', async (action, _case, params, code) => {
    const response = await tccc(emu, action, params);
    expect(response.Error.Code).toBe(code);
    expect(await calls()).toMatchObject({ tccc: [], tasks: [] });
  });

  it.each(Object.entries(DEFAULT_CALLEE_ERRORS))('callees ending in %s answer %s, for dual and IVR calls', async (suffix, code) => {
    const callee = `0086130123${suffix}`;
    expect((await tccc(emu, 'CreateCallOutSession', { ...dial, Callee: callee })).Error.Code).toBe(code);
    expect((await tccc(emu, 'CreateIVRSession', { ...ivr, Callee: callee })).Error.Code).toBe(code);
    expect((await calls()).tccc).toEqual([]);
  });

  it('takes the callee table from the account (a loaded account replaces the default table)', async () => {
    const other = { SdkAppId: 1400000001, UserId: 'other@example.com' };
    expect((await tccc(emu, 'CreateCallOutSession', { ...other, Callee: '008613012344321' })).Error.Code).toBe('OperationDenied.NotInWhiteList');
    expect((await tccc(emu, 'CreateCallOutSession', { ...other, Callee: '008613012349001' })).SessionId).toBeDefined();
    // Sessions belong to their application.
    const [call] = (await calls()).tccc as { SessionID: string }[];
    expect((await tccc(emu, 'DescribeTelSession', { SessionId: call!.SessionID })).Error.Code).toBe('InvalidParameterValue.RecordNotExist');
  });

  it('refuses a second call for a busy agent with FailedOperation.SeatStatusBusy', async () => {
    const first = await tccc(emu, 'CreateCallOutSession', dial);
    expect(first.SessionId).toBeDefined();
    expect((await tccc(emu, 'CreateCallOutSession', { ...dial, Callee: '008613099999999' })).Error.Code).toBe('FailedOperation.SeatStatusBusy');
    expect((await tccc(emu, 'CreateCallOutSession', { ...dial, UserId: 'agent2@example.com' })).SessionId).toBeDefined();
    expect((await calls()).tccc).toHaveLength(2);
    emu.state.clock.advance(13_000);
    expect((await tccc(emu, 'CreateCallOutSession', dial)).SessionId).toBeDefined();
  });

  it('accepts a UUI of exactly 1024 bytes and the seeds\' string boolean', async () => {
    const response = await tccc(emu, 'CreateCallOutSession', { ...dial, UUI: 'x'.repeat(1024), IsForceUseMobile: 'true' });
    expect(response.SessionId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('fail-next', () => {
  it('fails the next matching action once with the queued code', async () => {
    await admin(emu, 'POST', '/fail-next', { provider: 'tccc', match: 'CreateCallOutSession', code: 'FailedOperation.CallOutFailed', message: 'Outbound call failure.' });
    expect((await tccc(emu, 'DescribeTelSession', { SessionId: 'x' })).Error.Code).toBe('InvalidParameterValue.RecordNotExist');
    expect((await tccc(emu, 'CreateCallOutSession', dial)).Error).toEqual({ Code: 'FailedOperation.CallOutFailed', Message: 'Outbound call failure.' });
    expect((await calls()).tccc).toEqual([]);
    expect((await tccc(emu, 'CreateCallOutSession', dial)).SessionId).toBeDefined();
    const log = await admin(emu, 'GET', '/requests?provider=tccc');
    expect(log.map((e: { verdict: string }) => e.verdict)).toEqual(['InvalidParameterValue.RecordNotExist', 'FailedOperation.CallOutFailed', 'accepted']);
  });
});
