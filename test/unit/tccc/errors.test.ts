import { describe, expect, it } from 'vitest';
import { describeError } from '../../../lib/errors';
import { catalogs } from '../../../lib/i18n';
import { cloudError, tcccErrorKey, transportError, validationError } from '../../../lib/tccc/errors';

// The error tables of the seed documents (shared/seeds/tccc-*.txt).
const SEED_CODES = {
  CreateCallOutSession: [
    'FailedOperation.CallOutFailed', 'FailedOperation.CalleeIsLimited', 'FailedOperation.CallerOverFrequency',
    'FailedOperation.NoCallOutNumber', 'FailedOperation.SeatStatusBusy', 'InternalError.DBError',
    'InvalidParameter.InstanceNotExist', 'InvalidParameterValue', 'InvalidParameterValue.AccountNotExist',
    'OperationDenied.NotInWhiteList', 'UnsupportedOperation',
  ],
  CreateIVRSession: [
    'FailedOperation.AIConcurrentNoPackage', 'FailedOperation.AIConcurrentOverFrequency', 'FailedOperation.CallOutFailed',
    'FailedOperation.CalleeIsBlackUser', 'FailedOperation.CallerOverFrequency', 'FailedOperation.CalloutRuleBlindArea',
    'FailedOperation.CalloutRuleMaxCallCountCalleeIntervalTime', 'FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID',
    'FailedOperation.CalloutRuleNotWorkTime', 'FailedOperation.NoCallOutNumber', 'FailedOperation.PermissionDenied',
    'InternalError', 'InvalidParameterValue', 'InvalidParameterValue.InstanceNotExist', 'LimitExceeded.BasePackageExpired',
  ],
  CreateAutoCalloutTask: [
    'FailedOperation.PermissionDenied', 'InternalError', 'InternalError.DBError', 'InvalidParameter',
    'InvalidParameterValue', 'InvalidParameterValue.ExperienceAccount',
  ],
};
// Tencent's common codes and the CCC codes beyond the seeds (shared/reference/api-facts.md).
const COMMON_CODES = [
  'AuthFailure.InvalidSecretId', 'AuthFailure.SecretIdNotFound', 'AuthFailure.SignatureExpire', 'AuthFailure.SignatureFailure',
  'AuthFailure.TokenFailure', 'AuthFailure.UnauthorizedOperation', 'FailedOperation', 'InternalError', 'InvalidAction',
  'InvalidParameter', 'InvalidParameterValue', 'LimitExceeded', 'MissingParameter', 'NoSuchVersion', 'RequestLimitExceeded',
  'ResourceNotFound', 'UnauthorizedOperation', 'UnknownParameter', 'UnsupportedOperation',
  'FailedOperation.SeatStatusBusy', 'InvalidParameterValue.RecordNotExist', 'LimitExceeded.OutOfCountLimit', 'OperationDenied.UinDisabled',
];

// The exact English text of every code with a text of its own.
const ENGLISH: Record<string, string> = Object.fromEntries([
  ["AuthFailure", "TCCC did not accept Switchboard's API key. Ask your TCCC admin to check the SecretId and SecretKey in Switchboard's settings."],
  ["AuthFailure.InvalidAuthorization", "TCCC could not read the request's Authorization header. Update Switchboard; if this keeps happening, send the request ID to your admin."],
  ["AuthFailure.InvalidSecretId", "The SecretId in Switchboard's settings is not a valid Tencent Cloud API key. Ask your TCCC admin to enter a correct API key (a SecretId starts with AKID)."],
  ["AuthFailure.SecretIdNotFound", "Tencent Cloud does not know this SecretId: the key was deleted, disabled or mistyped. Ask your TCCC admin to check the key in the Tencent Cloud console and update Switchboard's settings."],
  ["AuthFailure.SignatureExpire", "TCCC rejected the request because your computer's clock is more than 5 minutes off. Set your system clock to update automatically, then try again."],
  ["AuthFailure.SignatureFailure", "TCCC could not verify the request's signature: the SecretKey probably does not match the SecretId. Ask your TCCC admin to re-enter both in Switchboard's settings."],
  ["AuthFailure.TokenFailure", "The temporary Tencent Cloud credentials are invalid or have expired. Ask your TCCC admin for new credentials or a permanent API key."],
  ["AuthFailure.UnauthorizedOperation", "This API key is not allowed to use TCCC. Ask your TCCC admin to grant the key's user the Cloud Contact Center (CCC) permissions in Tencent Cloud CAM."],
  ["FailedOperation", "TCCC could not carry out the request. Try again in a moment; if it keeps failing, send the request ID to your TCCC admin."],
  ["FailedOperation.AIConcurrentNoPackage", "Your TCCC account has no AI agent concurrency package, so no AI call can start. Ask your TCCC admin to buy one in the TCCC console."],
  ["FailedOperation.AIConcurrentOverFrequency", "All AI agent lines are busy right now. Wait a minute and try again, or ask your TCCC admin to raise the AI concurrency."],
  ["FailedOperation.CallOutFailed", "TCCC could not place the outbound call. Check the number and try again; if it keeps failing, send the request ID to your TCCC admin."],
  ["FailedOperation.CalleeIsBlackUser", "TCCC blocks this number as high-risk, so it cannot be called. Do not retry; if you think this is wrong, ask your TCCC admin to contact Tencent Cloud support."],
  ["FailedOperation.CalleeIsLimited", "Calls to this number are restricted. Reach the customer another way, or ask your TCCC admin to check the restriction."],
  ["FailedOperation.CallerOverFrequency", "The outbound caller number has made too many calls in a short time and is throttled. Wait a few minutes, or ask your TCCC admin to add more caller numbers."],
  ["FailedOperation.CalloutRuleBlindArea", "The customer's number is in an area where outbound calls are restricted. Reach the customer another way, or ask your TCCC admin to check the outbound call rules."],
  ["FailedOperation.CalloutRuleMaxCallCountCalleeIntervalTime", "This number has been called too often in a short time, and TCCC's outbound rules block further calls for now. Try again later."],
  ["FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID", "This number has reached today's call limit set in TCCC's outbound rules. Try again tomorrow, or ask your TCCC admin to change the limit."],
  ["FailedOperation.CalloutRuleNotWorkTime", "TCCC's outbound rules do not allow calls at this time. Call within the allowed hours, or ask your TCCC admin to change them."],
  ["FailedOperation.NoCallOutNumber", "No outbound caller number is available. Ask your TCCC admin to assign an outbound number to you or to the account."],
  ["FailedOperation.PermissionDenied", "Your TCCC account does not have permission for this action. Ask your TCCC admin to give your account the needed role."],
  ["FailedOperation.SeatStatusBusy", "TCCC shows you as busy (on another call or in after-call work), so it cannot place a new call. End the current call, set yourself to available, then try again."],
  ["InternalError", "TCCC had an internal error. Try again in a moment; if it keeps happening, send the request ID to your TCCC admin."],
  ["InternalError.DBError", "TCCC could not access its database. Try again in a moment; if it keeps happening, send the request ID to your TCCC admin."],
  ["InvalidAction", "TCCC does not know this API action. Update Switchboard; if you use a custom endpoint, ask your admin to check that it points to TCCC."],
  ["InvalidParameter", "TCCC rejected a parameter of the request as malformed. Check the number and your settings; if it keeps happening, send the request ID to your admin."],
  ["InvalidParameter.InstanceNotExist", "The TCCC application (SdkAppId) in Switchboard's settings does not exist. Ask your TCCC admin for the correct SdkAppId from the TCCC console."],
  ["InvalidParameterValue", "TCCC rejected a value in the request (such as the number, the agent or an ID). Check them and try again; if it keeps happening, send the request ID to your admin."],
  ["InvalidParameterValue.AccountNotExist", "TCCC has no agent with the user ID in Switchboard's settings. Check your agent e-mail in the settings, or ask your TCCC admin to add you as an agent."],
  ["InvalidParameterValue.ExperienceAccount", "A TCCC trial account cannot run AI agent tasks. Ask your TCCC admin to upgrade the account."],
  ["InvalidParameterValue.InstanceNotExist", "The TCCC application (SdkAppId) in Switchboard's settings does not exist. Ask your TCCC admin for the correct SdkAppId from the TCCC console."],
  ["InvalidParameterValue.RecordNotExist", "TCCC has no record of this call or task: it may be too old or the ID is wrong. Refresh the call list and try again."],
  ["LimitExceeded", "A TCCC quota has been reached. Ask your TCCC admin to check the account's limits."],
  ["LimitExceeded.BasePackageExpired", "Your TCCC call package is used up or has expired, so no calls can be placed. Ask your TCCC admin to renew it."],
  ["LimitExceeded.OutOfCountLimit", "A TCCC count limit has been reached (for example, too many numbers in one task). Use fewer, or ask your TCCC admin to raise the limit."],
  ["MissingParameter", "The request lacked a parameter TCCC needs. Check that Switchboard's settings are complete; if they are, update Switchboard and report this with the request ID."],
  ["NoSuchVersion", "TCCC does not support the API version Switchboard used. Update Switchboard; if you use a custom endpoint, ask your admin to check it."],
  ["OperationDenied", "TCCC denied the operation. Ask your TCCC admin to check your account and its permissions."],
  ["OperationDenied.NotInWhiteList", "Your phone number is not on TCCC's outbound allowlist. Ask your TCCC admin to add it, then try again."],
  ["OperationDenied.UinDisabled", "This Tencent Cloud account is disabled for TCCC (for example, after an overdue payment). Ask your TCCC admin to contact Tencent Cloud support."],
  ["RequestLimitExceeded", "TCCC received too many requests at once and refused this one. Wait a few seconds and try again."],
  ["ResourceNotFound", "TCCC could not find what the request refers to (a call, task or agent). Refresh and try again."],
  ["UnauthorizedOperation", "Your TCCC account is not authorized for this operation. Ask your TCCC admin to grant the permission."],
  ["UnknownParameter", "TCCC did not recognise a parameter Switchboard sent. Update Switchboard; if it keeps happening, report it with the request ID."],
  ["UnsupportedOperation", "TCCC does not support this operation for your account (it may need the Advanced edition or your own phone numbers). Ask your TCCC admin to check the account's edition and numbers."],

]);

const codes = [...new Set([...Object.values(SEED_CODES).flat(), ...COMMON_CODES])].sort();
const zh = catalogs.zh_CN;

describe('TCCC error codes', () => {
  it.each(codes)('%s has its own text in English and Chinese', (code) => {
    const info = cloudError(code, 'server says no', 'req-1').info;
    expect(info.messageKey).toBe(`tccc.error.${code}`);
    expect(describeError(info, 'en')).toBe(ENGLISH[code]);
    expect(zh[info.messageKey]).toBeTruthy();
    expect(describeError(info, 'zh_CN')).not.toBe(describeError(info, 'en'));
  });

  it.each(Object.keys(ENGLISH))('%s: the catalogue holds exactly the tested English text', (code) => {
    expect(catalogs.en[`tccc.error.${code}`]).toBe(ENGLISH[code]);
    expect(zh[`tccc.error.${code}`]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the server message and request id, and marks rate refusals', () => {
    expect(cloudError('OperationDenied.NotInWhiteList', 'not in white list', 'abc-123').info).toEqual({
      kind: 'cloud',
      code: 'OperationDenied.NotInWhiteList',
      messageKey: 'tccc.error.OperationDenied.NotInWhiteList',
      params: { code: 'OperationDenied.NotInWhiteList' },
      provider: 'tccc',
      serverMessage: 'not in white list',
      requestId: 'abc-123',
    });
    expect(cloudError('RequestLimitExceeded.UinLimitExceeded').info.kind).toBe('rateLimited');
  });

  it.each([
    ['FailedOperation.SomethingNew', 'tccc.error.FailedOperation'],
    ['AuthFailure.MFAFailure', 'tccc.error.AuthFailure'],
    ['InvalidParameterValue.Foo.Bar', 'tccc.error.InvalidParameterValue'],
    ['InternalError.Timeout', 'tccc.error.InternalError'],
    ['LimitExceeded.Whatever', 'tccc.error.LimitExceeded'],
    ['OperationDenied.Other', 'tccc.error.OperationDenied'],
    ['RequestLimitExceeded.IPLimitExceeded', 'tccc.error.RequestLimitExceeded'],
    ['ResourceNotFound.Session', 'tccc.error.ResourceNotFound'],
  ])('an unknown %s falls back to its family text %s', (code, key) => {
    expect(tcccErrorKey(code)).toBe(key);
  });

  it.each(['ResourceUnavailable.Foo', 'Weird', 'network', 'timeout', 'unknown', 'invalidResponse', ''])(
    'an unknown code %j gets the generic text naming it',
    (code) => {
      const info = cloudError(code).info;
      expect(info.messageKey).toBe('tccc.error.unknown');
      expect(describeError(info, 'en')).toBe(
        `TCCC returned error ${code}. Try again; if it keeps happening, send the code and the request ID to your TCCC admin.`,
      );
      expect(describeError(info, 'zh_CN')).toContain(`错误 ${code}`);
    },
  );
});

describe('client-side failures', () => {
  const MAY_EXIST = "The call may have been placed (or ended) anyway: check your phone and the call's status before you click again.";

  it.each([
    ['network', undefined, 'network', 'network', 'tccc.error.network'],
    ['timeout', undefined, 'timeout', 'timeout', 'tccc.error.timeout'],
    ['rateLimited', 429, 'rateLimited', '429', 'tccc.error.rateLimited'],
    ['http5xx', 502, 'http', '502', 'tccc.error.http5xx'],
    ['http', 404, 'http', '404', 'tccc.error.http'],
    ['invalidResponse', undefined, 'http', 'invalidResponse', 'tccc.error.invalidResponse'],
  ] as const)('%s (status %s) is kind %s, code %s, text %s for reads', (failure, status, kind, code, key) => {
    const info = transportError(failure, { unsafe: false, status, timeoutMs: 10_000 }).info;
    expect(info).toMatchObject({ kind, code, messageKey: key, provider: 'tccc' });
    expect(describeError(info, 'en')).not.toContain('may have been placed');
    expect(describeError(info, 'en')).not.toMatch(/\{\w+\}/);
    expect(describeError(info, 'zh_CN')).not.toMatch(/\{\w+\}/);
  });

  it.each(['network', 'timeout', 'http5xx', 'invalidResponse'] as const)(
    '%s after a create or hang-up warns that the call may exist and not to click again',
    (failure) => {
      const info = transportError(failure, { unsafe: true, status: 503, timeoutMs: 10_000 }).info;
      expect(info.messageKey).toBe(`tccc.error.${failure}.unsafe`);
      expect(describeError(info, 'en')).toContain(MAY_EXIST);
      expect(describeError(info, 'zh_CN')).toContain('再决定是否再次点击');
    },
  );

  it('says how long it waited', () => {
    const info = transportError('timeout', { unsafe: true, timeoutMs: 10_000 }).info;
    expect(describeError(info, 'en')).toBe(`TCCC did not answer within 10 seconds, so Switchboard cannot tell whether the request went through. ${MAY_EXIST}`);
  });

  it.each(['rateLimited', 'http'] as const)('%s means the request was refused, so even a create gets the plain text', (failure) => {
    expect(transportError(failure, { unsafe: true, status: 429 }).info.messageKey).toBe(`tccc.error.${failure}`);
  });
});

describe('validation texts', () => {
  const used = Object.keys(catalogs.en).filter((key) => key.startsWith('tccc.validation.'));

  it.each(used)('%s exists in both languages and differs', (key) => {
    expect(zh[key]).toBeTruthy();
    expect(zh[key]).not.toBe(catalogs.en[key]);
  });

  it('fills the parameters', () => {
    const info = validationError('notTcccNumber', { field: 'Callee', number: '+8613012345678' }).info;
    expect(describeError(info, 'en')).toBe(
      '"+8613012345678" in Callee is not in TCCC\'s number format 00<country code><number> (such as 008613012345678). Check the number and the caller numbers in Switchboard\'s settings.',
    );
  });
});
