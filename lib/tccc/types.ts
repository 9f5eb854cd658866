// Requests and responses of the CCC 2020-02-10 actions Switchboard uses, field for field as in
// Tencent's API description (shared/reference/tccc/ccc-2020-02-10.api.json). Numbers are in
// TCCC's `00<country><number>` form; timestamps are Unix seconds unless noted.
import type { TelCdrInfo } from './cdr-types';

export type * from './cdr-types';

export interface Variable { Key: string; Value: string }
export interface CalleeAttribute { Callee: string; UUI?: string; Variables?: Variable[] }
/** `HH:MM:SS` */
export interface TimeRange { StartTime?: string; EndTime?: string }
export interface RetryTagItem { TagName?: string; TagValue?: string }
export interface AvailableTimeConfig {
  DayType?: 'EveryDay' | 'BusinessDay' | 'Holiday' | 'Custom';
  DaysOfWeek?: ('Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday')[];
  TimeRanges?: TimeRange[];
}
export interface KeyValue { Key?: string; Value?: string }
export interface HttpParams extends KeyValue { ValueType?: string }
export interface HttpCallbackConfig {
  Url?: string;
  HeaderParams?: KeyValue[];
  Params?: HttpParams[];
  Returns?: { Key?: string }[];
  Async?: boolean;
  /** 0 no authentication, 1 authentication */
  AuthType?: 0 | 1;
  BasicAuth?: { BasicToken?: string };
  BearerAuth?: { BearerToken?: string };
  CustomAuth?: HttpParams;
  Oauth2Auth?: { TokenURL?: string; ClientId?: string; ClientSecret?: string };
}
export interface TriggerStrategyItem {
  InterfaceConfig?: HttpCallbackConfig;
  HangupTypes?: string[];
  CallTags?: RetryTagItem[];
  TriggerMode?: 'ONCE_PER_NUMBER' | 'ALWAYS_ON_MATCH';
}

export interface CreateCallOutSessionRequest {
  SdkAppId: number;
  /** The agent's e-mail; the agent must have a bound, allowlisted mobile. */
  UserId: string;
  Callee: string;
  /** @deprecated use Callers */
  Caller?: string;
  Callers?: string[];
  /** Only `true` is supported. */
  IsForceUseMobile?: boolean;
  /** @deprecated same as UUI */
  Uui?: string;
  /** At most 1024 bytes. */
  UUI?: string;
}
export interface CreateCallOutSessionResponse { SessionId: string; RequestId: string }

export interface CreateIVRSessionRequest {
  SdkAppId: number;
  Callee: string;
  IVRId: number;
  Callers?: string[];
  Variables?: Variable[];
  UUI?: string;
  MaxRingTimeoutSecond?: number;
}
export interface CreateIVRSessionResponse { SessionId: string; RequestId: string }

export interface CreateAutoCalloutTaskRequest {
  SdkAppId: number;
  NotBefore: number;
  Callees: string[];
  Callers: string[];
  /** IvrId or AIAgentId is required. */
  IvrId?: number;
  Name?: string;
  Description?: string;
  NotAfter?: number;
  /** 1-3 */
  Tries?: number;
  Variables?: Variable[];
  UUI?: string;
  CalleeAttributes?: CalleeAttribute[];
  /** IANA time zone name */
  TimeZone?: string;
  AvailableTime?: TimeRange[];
  AIAgentId?: number;
  /** Seconds, 600-86400 */
  RetryInterval?: number;
  MaxRingTimeoutSecond?: number;
  /** Hang-up status codes to retry on (tasks with AIAgentId only). */
  RetryHangupTypes?: string[];
  RetryTags?: RetryTagItem[];
  AvailableWorkTimeConfig?: AvailableTimeConfig[];
  TriggerStrategy?: TriggerStrategyItem[];
  ConcurrencyLimit?: number;
}
export interface CreateAutoCalloutTaskResponse { TaskId: number; RequestId: string }

export interface DescribeAutoCalloutTaskRequest { SdkAppId: number; TaskId: number }
/** 0 initial, 1 answered, 2 not answered, 3 calling, 4 pending retry */
export type AutoCalloutCalleeState = 0 | 1 | 2 | 3 | 4;
export interface AutoCalloutTaskCalleeInfo { Callee: string; State: AutoCalloutCalleeState; Sessions: string[] }
/** 0 initial, 1 running, 2 completed, 3 ending, 4 terminated, 5 paused */
export type AutoCalloutTaskState = 0 | 1 | 2 | 3 | 4 | 5;
export interface DescribeAutoCalloutTaskResponse {
  Name: string;
  Description: string;
  NotBefore: number;
  NotAfter: number | null;
  Callers: string[];
  Callees: AutoCalloutTaskCalleeInfo[];
  IvrId: number;
  State: AutoCalloutTaskState;
  MaxRingTimeoutSecond: number;
  RequestId: string;
}

export interface StopAutoCalloutTaskRequest { SdkAppId: number; TaskId: number }
export interface StopAutoCalloutTaskResponse { RequestId: string }

export interface DescribeTelSessionRequest { SdkAppId: number; SessionId: string }
export type SessionStatus = 'ringing' | 'seatJoining' | 'inProgress' | 'finished';
/** 0 inbound, 1 outbound */
export type Direction = 0 | 1;
export interface PSTNSession {
  SessionID: string;
  RoomID: string;
  Caller: string;
  Callee: string;
  StartTimestamp: number;
  RingTimestamp: number;
  AcceptTimestamp: number;
  StaffEmail: string;
  StaffNumber: string;
  SessionStatus: SessionStatus;
  Direction: Direction;
  OutBoundCaller: string;
  OutBoundCallee: string;
  ProtectedCaller: string;
  ProtectedCallee: string;
}
export interface DescribeTelSessionResponse { Session: PSTNSession; RequestId: string }

export interface DescribeTelCdrRequest {
  SdkAppId: number;
  StartTimeStamp: number;
  EndTimeStamp: number;
  /** At most 100 */
  PageSize: number;
  /** From 0 */
  PageNumber: number;
  /** @deprecated */
  InstanceId?: number;
  /** @deprecated */
  Limit?: number;
  /** @deprecated */
  Offset?: number;
  Phones?: string[];
  SessionIds?: string[];
}
export interface DescribeTelCdrResponse {
  TotalCount: number;
  /** @deprecated same as TelCdrList */
  TelCdrs: TelCdrInfo[];
  TelCdrList: TelCdrInfo[];
  RequestId: string;
}

export interface HangUpCallRequest { SdkAppId: number; SessionId: string }
export interface HangUpCallResponse { RequestId: string }

/** Each action's request and response, for the typed client and the emulator. */
export interface TcccActions {
  CreateCallOutSession: { request: CreateCallOutSessionRequest; response: CreateCallOutSessionResponse };
  CreateIVRSession: { request: CreateIVRSessionRequest; response: CreateIVRSessionResponse };
  CreateAutoCalloutTask: { request: CreateAutoCalloutTaskRequest; response: CreateAutoCalloutTaskResponse };
  DescribeAutoCalloutTask: { request: DescribeAutoCalloutTaskRequest; response: DescribeAutoCalloutTaskResponse };
  StopAutoCalloutTask: { request: StopAutoCalloutTaskRequest; response: StopAutoCalloutTaskResponse };
  DescribeTelSession: { request: DescribeTelSessionRequest; response: DescribeTelSessionResponse };
  DescribeTelCdr: { request: DescribeTelCdrRequest; response: DescribeTelCdrResponse };
  HangUpCall: { request: HangUpCallRequest; response: HangUpCallResponse };
}
export type TcccAction = keyof TcccActions;
