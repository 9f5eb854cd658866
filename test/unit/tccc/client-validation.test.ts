import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../../lib/i18n';
import type { TcccClient, TcccClientOptions } from '../../../lib/tccc/client';
import { thrownInfo } from './catch';
import { clientWith, ok } from './fake-tccc';

const callOut = { UserId: 'agent@example.com', Callee: '008613012345678' };
const task = { NotBefore: 1642500621, Callees: ['008613012345678'], Callers: ['008602012345678'], IvrId: 8 };
const cdr = { StartTimeStamp: 1, EndTimeStamp: 2, PageSize: 10, PageNumber: 0 };
const ascii = (bytes: number) => 'u'.repeat(bytes);

type Case = [name: string, method: keyof TcccClient, request: object, code: string, options?: Partial<TcccClientOptions>];

const refused: Case[] = [
  ['SdkAppId 0', 'hangUpCall', { SessionId: 's' }, 'sdkAppId', { sdkAppId: 0 }],
  ['SdkAppId -1', 'hangUpCall', { SessionId: 's' }, 'sdkAppId', { sdkAppId: -1 }],
  ['SdkAppId 1.5', 'hangUpCall', { SessionId: 's' }, 'sdkAppId', { sdkAppId: 1.5 }],
  ['SdkAppId NaN', 'describeTelSession', { SessionId: 's' }, 'sdkAppId', { sdkAppId: Number.NaN }],
  ['an E.164 Callee', 'createCallOutSession', { ...callOut, Callee: '+8613012345678' }, 'notTcccNumber'],
  ['a national Callee', 'createCallOutSession', { ...callOut, Callee: '13012345678' }, 'notTcccNumber'],
  ['an empty Callee', 'createCallOutSession', { ...callOut, Callee: '' }, 'missingNumber'],
  ['no Callee', 'createCallOutSession', { UserId: 'a@b.c' }, 'missingNumber'],
  ['an E.164 caller in Callers', 'createCallOutSession', { ...callOut, Callers: ['008602012345678', '+862012345678'] }, 'notTcccNumber'],
  ['a bad deprecated Caller', 'createCallOutSession', { ...callOut, Caller: '020-1234' }, 'notTcccNumber'],
  ['an empty UserId', 'createCallOutSession', { ...callOut, UserId: '' }, 'userId'],
  ['a blank UserId', 'createCallOutSession', { ...callOut, UserId: '   ' }, 'userId'],
  ['a UUI of 1025 bytes', 'createCallOutSession', { ...callOut, UUI: ascii(1025) }, 'uuiTooLong'],
  ['a UUI of 342 Chinese characters (1026 bytes)', 'createCallOutSession', { ...callOut, UUI: '工'.repeat(342) }, 'uuiTooLong'],
  ['a deprecated Uui of 1025 bytes', 'createCallOutSession', { ...callOut, Uui: ascii(1025) }, 'uuiTooLong'],
  ['an IVR call to an E.164 Callee', 'createIVRSession', { Callee: '+8613012345678', IVRId: 1 }, 'notTcccNumber'],
  ['an IVR call without an IVR', 'createIVRSession', { Callee: '008613012345678', IVRId: 0 }, 'invalidId'],
  ['an IVR call with a long UUI', 'createIVRSession', { Callee: '008613012345678', IVRId: 1, UUI: ascii(2000) }, 'uuiTooLong'],
  ['a task with neither IvrId nor AIAgentId', 'createAutoCalloutTask', { ...task, IvrId: undefined }, 'missingTarget'],
  ['a task with no callees', 'createAutoCalloutTask', { ...task, Callees: [] }, 'missingNumber'],
  ['a task with no callers', 'createAutoCalloutTask', { ...task, Callers: [] }, 'missingNumber'],
  ['a task with an E.164 callee', 'createAutoCalloutTask', { ...task, Callees: ['008613012345678', '+8613012345679'] }, 'notTcccNumber'],
  ['a task with a bad callee attribute', 'createAutoCalloutTask', { ...task, CalleeAttributes: [{ Callee: '+8613012345678' }] }, 'notTcccNumber'],
  ['a task with a long callee UUI', 'createAutoCalloutTask', { ...task, CalleeAttributes: [{ Callee: '008613012345678', UUI: ascii(1025) }] }, 'uuiTooLong'],
  ['a task with a long UUI', 'createAutoCalloutTask', { ...task, UUI: ascii(1025) }, 'uuiTooLong'],
  ['Tries 0', 'createAutoCalloutTask', { ...task, Tries: 0 }, 'tries'],
  ['Tries 4', 'createAutoCalloutTask', { ...task, Tries: 4 }, 'tries'],
  ['Tries 1.5', 'createAutoCalloutTask', { ...task, Tries: 1.5 }, 'tries'],
  ['RetryInterval 599', 'createAutoCalloutTask', { ...task, RetryInterval: 599 }, 'retryInterval'],
  ['RetryInterval 86401', 'createAutoCalloutTask', { ...task, RetryInterval: 86401 }, 'retryInterval'],
  ['TaskId 0 to describe', 'describeAutoCalloutTask', { TaskId: 0 }, 'invalidId'],
  ['TaskId 0 to stop', 'stopAutoCalloutTask', { TaskId: 0 }, 'invalidId'],
  ['an empty SessionId to describe', 'describeTelSession', { SessionId: '' }, 'invalidId'],
  ['a blank SessionId to hang up', 'hangUpCall', { SessionId: ' ' }, 'invalidId'],
  ['PageSize 101', 'describeTelCdr', { ...cdr, PageSize: 101 }, 'pageSize'],
  ['PageSize 0', 'describeTelCdr', { ...cdr, PageSize: 0 }, 'pageSize'],
  ['PageNumber -1', 'describeTelCdr', { ...cdr, PageNumber: -1 }, 'pageNumber'],
  ['a custom endpoint that is not http(s)', 'hangUpCall', { SessionId: 's' }, 'endpoint', { endpoint: { kind: 'custom', baseUrl: 'ftp://127.0.0.1/' } }],
  ['a custom endpoint that is not a URL', 'hangUpCall', { SessionId: 's' }, 'endpoint', { endpoint: { kind: 'custom', baseUrl: '127.0.0.1:8787' } }],
];

const accepted: Case[] = [
  ['a UUI of exactly 1024 bytes', 'createCallOutSession', { ...callOut, UUI: '工'.repeat(341) + 'u' }, ''],
  ['Tries 1 and RetryInterval 600', 'createAutoCalloutTask', { ...task, Tries: 1, RetryInterval: 600 }, ''],
  ['Tries 3 and RetryInterval 86400', 'createAutoCalloutTask', { ...task, Tries: 3, RetryInterval: 86400 }, ''],
  ['an AI agent task without an IVR', 'createAutoCalloutTask', { ...task, IvrId: undefined, AIAgentId: 12 }, ''],
  ['PageSize 100', 'describeTelCdr', { ...cdr, PageSize: 100 }, ''],
  ['a custom endpoint with a path', 'hangUpCall', { SessionId: 's' }, '', { endpoint: { kind: 'custom', baseUrl: 'https://tccc.example.com/ccc/' } }],
];

const call = (client: TcccClient, method: keyof TcccClient, request: object) =>
  (client[method] as (request: object) => Promise<unknown>)(request);

describe('createTcccClient: validation before sending', () => {
  it.each(refused)('refuses %s (%s) with %s, and nothing is sent', async (_, method, request, code, options) => {
    const { client, calls, limiterKeys } = clientWith([ok()], options);
    const info = await thrownInfo(() => call(client, method, request));
    expect(info).toMatchObject({ kind: 'validation', code, messageKey: `tccc.validation.${code}`, provider: 'tccc' });
    expect(hasMessage(info.messageKey)).toBe(true);
    expect(calls()).toBe(0);
    expect(limiterKeys).toEqual([]);
  });

  it.each(accepted)('accepts %s', async (_, method, request, __, options) => {
    const { client, calls } = clientWith([ok()], options);
    await call(client, method, request);
    expect(calls()).toBe(1);
  });
});
