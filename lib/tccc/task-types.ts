// Auto-callout tasks (batch calls run by an IVR or AI agent), field for field as in
// ccc-2020-02-10.api.json.
import type { Variable } from './types';

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
