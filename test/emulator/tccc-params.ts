// TCCC error type, messages and request parameter checking for the emulated actions. Field
// lists follow ccc-2020-02-10.api.json; `!` marks required fields.

export class TcccError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? MESSAGES[code] ?? code);
  }
}

// Business messages are the seeds' English descriptions.
const MESSAGES: Record<string, string> = {
  'FailedOperation.CallOutFailed': 'Outbound call failure.',
  'FailedOperation.CalleeIsLimited': 'Limited outbound called number.',
  'FailedOperation.CallerOverFrequency': 'Outbound over-frequency caller number.',
  'FailedOperation.NoCallOutNumber': 'No available outbound call numbers.',
  'FailedOperation.SeatStatusBusy': 'Agent is busy.',
  'FailedOperation.CalleeIsBlackUser': 'High-risk users, do not call',
  'FailedOperation.CalloutRuleNotWorkTime': 'Calls are not allowed at this time.',
  'InvalidParameter.InstanceNotExist': 'The instance does not exist.',
  'InvalidParameterValue.InstanceNotExist': 'The SDKAppID does not exist.',
  'InvalidParameterValue.AccountNotExist': 'Account does not exist.',
  'InvalidParameterValue.RecordNotExist': 'The record does not exist.',
  'OperationDenied.NotInWhiteList': 'Not in the allowlist.',
  'LimitExceeded.BasePackageExpired': 'Your call package is used up.',
  InternalError: 'An internal error occurs.',
};

type Kind = 'int' | 'str' | 'bool' | 'str[]' | 'obj[]';

const SPECS: Record<string, string> = {
  CreateCallOutSession: 'SdkAppId:int! UserId:str! Callee:str! Caller:str Callers:str[] IsForceUseMobile:bool Uui:str UUI:str',
  CreateIVRSession: 'SdkAppId:int! Callee:str! IVRId:int! Callers:str[] Variables:obj[] UUI:str MaxRingTimeoutSecond:int',
  CreateAutoCalloutTask:
    'SdkAppId:int! NotBefore:int! Callees:str[]! Callers:str[]! IvrId:int Name:str Description:str NotAfter:int Tries:int ' +
    'Variables:obj[] UUI:str CalleeAttributes:obj[] TimeZone:str AvailableTime:obj[] AIAgentId:int RetryInterval:int ' +
    'MaxRingTimeoutSecond:int RetryHangupTypes:str[] RetryTags:obj[] AvailableWorkTimeConfig:obj[] TriggerStrategy:obj[] ConcurrencyLimit:int',
  DescribeAutoCalloutTask: 'SdkAppId:int! TaskId:int!',
  StopAutoCalloutTask: 'SdkAppId:int! TaskId:int!',
  DescribeTelSession: 'SdkAppId:int! SessionId:str!',
  DescribeTelCdr:
    'StartTimeStamp:int! EndTimeStamp:int! SdkAppId:int! PageSize:int! PageNumber:int! InstanceId:int Limit:int Offset:int Phones:str[] SessionIds:str[]',
  HangUpCall: 'SdkAppId:int! SessionId:str!',
};

const FIELDS = Object.fromEntries(
  Object.entries(SPECS).map(([action, spec]) => [
    action,
    spec.split(' ').map((field) => {
      const [name = '', type = ''] = field.split(':');
      return { name, kind: type.replace('!', '') as Kind, required: type.endsWith('!') };
    }),
  ]),
);

export const ACTIONS = Object.keys(SPECS);

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

// Lenient like the seeds' own examples (`"IsForceUseMobile": "true"`): numeric strings pass as ints.
function coerce(kind: Kind, value: unknown): { ok: boolean; value?: unknown } {
  switch (kind) {
    case 'int':
      if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, value };
      return typeof value === 'string' && /^-?\d+$/.test(value) ? { ok: true, value: Number(value) } : { ok: false };
    case 'bool':
      if (typeof value === 'boolean') return { ok: true, value };
      return value === 'true' || value === 'false' ? { ok: true, value: value === 'true' } : { ok: false };
    case 'str':
      return { ok: typeof value === 'string', value };
    case 'str[]':
      return { ok: Array.isArray(value) && value.every((v) => typeof v === 'string'), value };
    case 'obj[]':
      return { ok: Array.isArray(value) && value.every(isObject), value };
  }
}

/** Checked, coerced parameters; throws MissingParameter, UnknownParameter or InvalidParameter. */
export function checkParams(action: string, params: Record<string, unknown>): Record<string, unknown> {
  const fields = FIELDS[action] ?? [];
  const unknown = Object.keys(params).find((key) => !fields.some((f) => f.name === key));
  if (unknown) throw new TcccError('UnknownParameter', `The parameter \`${unknown}\` is not recognized.`);
  const out: Record<string, unknown> = {};
  for (const { name, kind, required } of fields) {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      if (required) throw new TcccError('MissingParameter', `The request is missing a required parameter \`${name}\`.`);
      continue;
    }
    const checked = coerce(kind, value);
    if (!checked.ok) throw new TcccError('InvalidParameter', `Parameter \`${name}\` type error.`);
    out[name] = checked.value;
  }
  return out;
}

/** TCCC numbers are 00-form: `00` + country code + number. */
export function checkNumber(name: string, value: string): void {
  if (!/^00[1-9]\d{6,17}$/.test(value)) {
    throw new TcccError('InvalidParameterValue', `The parameter \`${name}\` must be a number in 00-form (e.g. 008613012345678), got "${value}".`);
  }
}

export function checkUui(value: unknown): void {
  if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > 1024) {
    throw new TcccError('InvalidParameterValue', 'UUI is limited to 1024 bytes.');
  }
}
