// Requests and responses of the CCC 2020-02-10 actions Switchboard uses, field for field as in
// Tencent's API description (shared/reference/tccc/ccc-2020-02-10.api.json). Numbers are in
// TCCC's `00<country><number>` form; timestamps are Unix seconds unless noted.
import type { TelCdrInfo } from './cdr-types';
import type {
  CreateAutoCalloutTaskRequest,
  CreateAutoCalloutTaskResponse,
  DescribeAutoCalloutTaskRequest,
  DescribeAutoCalloutTaskResponse,
  StopAutoCalloutTaskRequest,
  StopAutoCalloutTaskResponse,
} from './task-types';

export type * from './cdr-types';
export type * from './task-types';

export interface Variable { Key: string; Value: string }

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
