// Emulated cloud accounts: the demo accounts every tool relies on, plus any loaded from a file
// (`--accounts file.json`, same shape, fields left out take the defaults below).
import { readFileSync } from 'node:fs';

export interface TcccAgent { userId: string; staffNumber: string; name: string; phone: string }

export interface TcccAccount {
  secretId: string;
  secretKey: string;
  sdkAppId: number;
  agents: TcccAgent[];
  /** Caller numbers the account owns, 00-form. */
  numbers: string[];
  ivrIds: number[];
  aiAgentIds: number[];
  /** What the numbers are bound to, sent in the inbound `CallInBound` event. */
  inbound: { aiAgentId: number; ivrId: number };
  /** Callee suffix -> error code returned when creating a call to that callee. */
  calleeErrors: Record<string, string>;
}

export interface CcaiAgent {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  /** false: "Agent does not have access to make calls". */
  canCall: boolean;
  /** false: "Agent is not available to take this call". */
  available: boolean;
  /** true: outbound calls answer 202 (the agent completes them in the adapter widget). */
  widget: boolean;
}

export interface CcaiMenu {
  id: number;
  name: string;
  type: 'ivr_menu' | 'mobile_menu' | 'web_menu' | 'chat_menu';
  state?: 'open' | 'manual_redirection' | 'after_hours';
}

export interface CcaiAccount {
  subdomain: string;
  apiToken: string;
  companyKey?: string;
  companySecret?: string;
  agents: CcaiAgent[];
  menus: CcaiMenu[];
  /** CRM ticket id -> the end user's number and CRM contact id. */
  tickets: Record<string, { number: string; contactId: string }>;
  outboundNumbers: string[];
  /** Used when a call names no outbound number; null makes such calls answer 202. */
  defaultOutboundNumber: string | null;
  /** Languages enabled for the account (other valid ISO 639-1 codes are "not available"). */
  languages: string[];
}

export interface Accounts { tccc: TcccAccount[]; ccai: CcaiAccount[] }
export interface AccountsInput { tccc?: Partial<TcccAccount>[]; ccai?: Partial<CcaiAccount>[] }

export const DEFAULT_CALLEE_ERRORS: Record<string, string> = {
  '9001': 'FailedOperation.CalleeIsLimited',
  '9002': 'OperationDenied.NotInWhiteList',
  '9003': 'FailedOperation.CallOutFailed',
  '9004': 'FailedOperation.CallerOverFrequency',
  '9005': 'FailedOperation.CalleeIsBlackUser',
  '9006': 'FailedOperation.CalloutRuleNotWorkTime',
  '9007': 'LimitExceeded.BasePackageExpired',
};

const tcccDefaults = (): Omit<TcccAccount, 'secretId' | 'secretKey' | 'sdkAppId'> => ({
  agents: [],
  numbers: [],
  ivrIds: [],
  aiAgentIds: [],
  inbound: { aiAgentId: 0, ivrId: 0 },
  calleeErrors: { ...DEFAULT_CALLEE_ERRORS },
});

const ccaiDefaults = (): Omit<CcaiAccount, 'subdomain' | 'apiToken'> => ({
  agents: [],
  menus: [],
  tickets: {},
  outboundNumbers: [],
  defaultOutboundNumber: null,
  languages: ['en'],
});

const agent = (id: number, email: string, first: string, last: string, flags: Partial<CcaiAgent> = {}): CcaiAgent =>
  ({ id, email, firstName: first, lastName: last, canCall: true, available: true, widget: false, ...flags });

export function demoAccounts(): Accounts {
  return {
    tccc: [{
      ...tcccDefaults(),
      secretId: 'AKIDSWITCHBOARDDEMO',
      secretKey: 'switchboard-demo-secret',
      sdkAppId: 1400000000,
      agents: [
        { userId: 'agent@example.com', staffNumber: '1001', name: 'Demo Agent', phone: '008613800000001' },
        { userId: 'agent2@example.com', staffNumber: '1002', name: 'Second Agent', phone: '008613800000002' },
      ],
      numbers: ['008675566668888'],
      ivrIds: [4500],
      aiAgentIds: [388],
      inbound: { aiAgentId: 0, ivrId: 4500 },
    }],
    ccai: [{
      ...ccaiDefaults(),
      subdomain: 'acme',
      apiToken: 'demo-token',
      agents: [
        agent(1, 'agent@example.com', 'Demo', 'Agent'),
        agent(2, 'nocalls@example.com', 'No', 'Calls', { canCall: false }),
        agent(3, 'away@example.com', 'Away', 'Agent', { available: false }),
        agent(4, 'widget@example.com', 'Widget', 'Agent', { widget: true }),
      ],
      menus: [
        { id: 9, name: 'Lock Star', type: 'ivr_menu' },
        { id: 10, name: 'Mobile Support', type: 'mobile_menu' },
        { id: 11, name: 'Web Support', type: 'web_menu' },
        { id: 12, name: 'Redirected', type: 'ivr_menu', state: 'manual_redirection' },
        { id: 13, name: 'Closed', type: 'ivr_menu', state: 'after_hours' },
        { id: 50, name: 'Chat Only', type: 'chat_menu' },
      ],
      tickets: {
        '71450': { number: '+1 859-657-9625', contactId: '381630957514' },
        '76517': { number: '+1 859-657-9625', contactId: '389391400633' },
      },
      outboundNumbers: ['+1 339-219-5276'],
      defaultOutboundNumber: '+1 339-219-5276',
      languages: ['en', 'es', 'zh'],
    }],
  };
}

function needFields<T extends object>(entry: T, keys: (keyof T)[], kind: string): void {
  for (const key of keys) if (entry[key] === undefined) throw new Error(`${kind} account needs ${String(key)}`);
}

/** The demo accounts plus `extra`, each extra entry completed with the defaults. */
export function buildAccounts(extra: AccountsInput = {}): Accounts {
  const accounts = demoAccounts();
  for (const entry of extra.tccc ?? []) {
    needFields(entry, ['secretId', 'secretKey', 'sdkAppId'], 'TCCC');
    accounts.tccc.push({ ...tcccDefaults(), ...entry } as TcccAccount);
  }
  for (const entry of extra.ccai ?? []) {
    needFields(entry, ['subdomain', 'apiToken'], 'CCAI');
    accounts.ccai.push({ ...ccaiDefaults(), ...entry } as CcaiAccount);
  }
  return accounts;
}

export const readAccountsFile = (path: string): AccountsInput => JSON.parse(readFileSync(path, 'utf8')) as AccountsInput;
