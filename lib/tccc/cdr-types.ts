// Call detail records (DescribeTelCdr), field for field as in ccc-2020-02-10.api.json.
import type { Direction } from './types';

/** EndStatus -> EndStatusString, as documented for TelCdrInfo. */
export const END_STATUS = {
  1: 'ok',
  100: 'blackList',
  102: 'ivrGiveUp',
  103: 'waitingGiveUp',
  104: 'ringingGiveUp',
  105: 'noSeatOnline',
  106: 'notWorkTime',
  107: 'ivrEnd',
  108: 'restrictedCallee',
  109: 'tooManyRequest',
  110: 'restrictedArea',
  111: 'restrictedTime',
  202: 'notAnswer',
  203: 'userReject',
  204: 'powerOff',
  205: 'numberNotExist',
  206: 'busy',
  207: 'outOfCredit',
  208: 'operatorError',
  209: 'callerCancel',
  210: 'notInService',
  211: 'clientError',
  212: 'carrierBlocked',
  213: 'callReminder',
  215: 'numberInvalid',
  216: 'callRestricted',
  217: 'calleeRestricted',
  218: 'areaRestricted',
  219: 'promptCallForwarding',
  220: 'callerCancelWhileRing',
  221: 'callerCancelWithoutRing',
  222: 'voiceMailReached',
  501: 'callConflict',
  502: 'clientTimeout',
  503: 'voipClientError',
} as const;
export type EndStatus = keyof typeof END_STATUS;
export type EndStatusString = (typeof END_STATUS)[EndStatus];

export interface SeatUserInfo {
  Name: string;
  Mail: string;
  StaffNumber: string;
  /** With the 0086 prefix */
  Phone: string;
  Nick: string;
  UserId: string;
  SkillGroupNameList: string[];
  /** 1 admin, 2 quality inspector, 3 agent, else a custom role id */
  Role: number;
  ExtensionNumber: string;
}

export interface IVRKeyPressedElement {
  Key: string;
  Label: string;
  /** Unix milliseconds */
  Timestamp: number;
  NodeLabel: string;
  OriginalContent: string;
  TTSPrompt: string;
}

export type ParticipantType = 'staffSeat' | 'outboundSeat' | 'staffPhoneSeat';
export interface ServeParticipant {
  Mail: string;
  Phone: string;
  RingTimestamp: number;
  AcceptTimestamp: number;
  EndedTimestamp: number;
  RecordId: string;
  Type: ParticipantType;
  TransferFrom: string;
  TransferFromType: ParticipantType | '';
  TransferTo: string;
  TransferToType: ParticipantType | '';
  SkillGroupId: number;
  EndStatusString: string;
  RecordURL: string;
  Sequence: number;
  StartTimestamp: number;
  SkillGroupName: string;
  CustomRecordURL: string;
}

export interface TelCdrInfo {
  Caller: string;
  Callee: string;
  Time: number;
  Direction: Direction;
  /** 1 outbound, 2 inbound, 3 audio inbound, 5 predictive outbound, 6 internal */
  CallType: number;
  Duration: number;
  RecordURL: string;
  RecordId: string;
  SeatUser: SeatUserInfo;
  EndStatus: EndStatus;
  SkillGroup: string;
  CallerLocation: string;
  IVRDuration: number;
  RingTimestamp: number;
  AcceptTimestamp: number;
  EndedTimestamp: number;
  IVRKeyPressed: string[];
  IVRKeyPressedEx: IVRKeyPressedElement[];
  HungUpSide: 'seat' | 'user' | 'system';
  ServeParticipants: ServeParticipant[];
  SkillGroupId: number;
  EndStatusString: EndStatusString;
  StartTimestamp: number;
  QueuedTimestamp: number;
  PostIVRKeyPressed: IVRKeyPressedElement[];
  PostIVRKeyPressedEx: IVRKeyPressedElement[];
  QueuedSkillGroupId: number;
  SessionId: string;
  ProtectedCaller: string;
  ProtectedCallee: string;
  /** @deprecated same as UUI */
  Uui: string | null;
  UUI: string;
  AsrUrl: string;
  AsrStatus: 'Complete' | 'Processing' | 'NotExists';
  CustomRecordURL: string;
  Remark: string;
  QueuedSkillGroupName: string;
  VoicemailRecordURL: string[];
  VoicemailAsrURL: string[];
  AIAgentId: number;
  AIAgentName: string;
  SysHangupReason: number;
  SysHangupReasonString: string;
}
