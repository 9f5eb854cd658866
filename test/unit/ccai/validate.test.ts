import { describe, expect, it } from 'vitest';
import type { CcaiClient } from '../../../lib/ccai/client';
import { catalogs, t } from '../../../lib/i18n';
import { failure, fakeClient } from './fake';

const NUMBER = '+1 859-657-9625';
const outbound = { agent_email: 'agent@example.com', end_user_number: NUMBER };
const inbound = { menu_id: 9, end_user_number: NUMBER };
const scheduled = { menu_id: 9, end_user_number: NUMBER, scheduled_at: '2030-09-15T00:19:14.421Z' };

type Call = (client: CcaiClient) => Promise<unknown>;
const out = (patch: object): Call => (c) => c.createOutboundCall({ ...outbound, ...patch } as never);
const inb = (patch: object): Call => (c) => c.createInboundCall({ ...inbound, ...patch } as never);
const sch = (patch: object): Call => (c) => c.createScheduledCall({ ...scheduled, ...patch } as never);

describe('client-side validation (nothing leaves on a mistake)', () => {
  it.each<[string, Call, string, Record<string, string>?]>([
    ['outbound without agent_email', out({ agent_email: undefined }), 'agentEmailRequired'],
    ['outbound with a blank agent_email', out({ agent_email: '  ' }), 'agentEmailRequired'],
    ['outbound with agent_email "agent"', out({ agent_email: 'agent' }), 'agentEmailInvalid', { email: 'agent' }],
    ['outbound with a space in agent_email', out({ agent_email: 'a b@x.com' }), 'agentEmailInvalid', { email: 'a b@x.com' }],
    ['outbound without ticket or number', out({ end_user_number: undefined }), 'ticketOrNumberRequired'],
    ['outbound with blank ticket and number', out({ ticket_id: ' ', end_user_number: '' }), 'ticketOrNumberRequired'],
    ['outbound with number "123123" (seed)', out({ end_user_number: '123123' }), 'endUserNumberInvalid', { number: '123123' }],
    ['outbound with a number without +', out({ end_user_number: '4155550132' }), 'endUserNumberInvalid', { number: '4155550132' }],
    ['outbound with a bad outbound_number', out({ outbound_number: '+1 999-657-12' }), 'outboundNumberInvalid', { number: '+1 999-657-12' }],
    ['outbound with lang "eng"', out({ lang: 'eng' }), 'langInvalid', { lang: 'eng' }],
    ['outbound with lang "EN"', out({ lang: 'EN' }), 'langInvalid', { lang: 'EN' }],
    ['inbound without menu_id', inb({ menu_id: undefined }), 'menuIdRequired'],
    ['inbound with menu_id "menu_999" (seed)', inb({ menu_id: 'menu_999' }), 'menuIdInvalid', { menuId: 'menu_999' }],
    ['inbound with menu_id 0', inb({ menu_id: 0 }), 'menuIdInvalid', { menuId: '0' }],
    ['inbound with menu_id 1.5', inb({ menu_id: 1.5 }), 'menuIdInvalid', { menuId: '1.5' }],
    ['inbound without end_user_number', inb({ end_user_number: undefined }), 'endUserNumberRequired'],
    ['inbound with number "+1 999-657-12" (seed)', inb({ end_user_number: '+1 999-657-12' }), 'endUserNumberInvalid', { number: '+1 999-657-12' }],
    ['inbound with a bad outbound_number', inb({ outbound_number: 'abc' }), 'outboundNumberInvalid', { number: 'abc' }],
    ['inbound with lang "x"', inb({ lang: 'x' }), 'langInvalid', { lang: 'x' }],
    ['inbound with recording_permission "granted"', inb({ recording_permission: 'granted' }), 'recordingPermissionInvalid', { value: 'granted' }],
    ['scheduled without menu_id or call_id', sch({ menu_id: undefined }), 'menuOrCallRequired'],
    ['scheduled with menu_id -3', sch({ menu_id: -3 }), 'menuIdInvalid', { menuId: '-3' }],
    ['scheduled with call_id 0', sch({ menu_id: undefined, call_id: 0 }), 'callIdInvalid', { callId: '0' }],
    ['scheduled without end_user_number', sch({ end_user_number: '' }), 'endUserNumberRequired'],
    ['scheduled without scheduled_at', sch({ scheduled_at: undefined }), 'scheduledAtRequired'],
    ['scheduled with a date only', sch({ scheduled_at: '2030-09-15' }), 'scheduledAtInvalid', { value: '2030-09-15' }],
    ['scheduled without a time zone', sch({ scheduled_at: '2030-09-15T10:00:00' }), 'scheduledAtInvalid', { value: '2030-09-15T10:00:00' }],
    ['scheduled on 30 February', sch({ scheduled_at: '2030-02-30T10:00:00Z' }), 'scheduledAtInvalid', { value: '2030-02-30T10:00:00Z' }],
    ['scheduled "tomorrow"', sch({ scheduled_at: 'tomorrow' }), 'scheduledAtInvalid', { value: 'tomorrow' }],
    ['scheduled in the past', sch({ scheduled_at: '2029-12-31T23:59:59Z' }), 'scheduledAtPast', { value: '2029-12-31T23:59:59Z' }],
    ['scheduled exactly now', sch({ scheduled_at: '2030-01-01T08:00:00+08:00' }), 'scheduledAtPast', { value: '2030-01-01T08:00:00+08:00' }],
    ['scheduled with a bad recording_permission', sch({ recording_permission: 'yes' }), 'recordingPermissionInvalid', { value: 'yes' }],
    ['getCall(-1)', (c) => c.getCall(-1), 'callIdInvalid', { callId: '-1' }],
    ['getCustomerFlags(NaN)', (c) => c.getCustomerFlags(NaN), 'callIdInvalid', { callId: 'NaN' }],
    ['setCustomerFlags(2.5)', (c) => c.setCustomerFlags(2.5, { bad_actor: true }), 'callIdInvalid', { callId: '2.5' }],
  ])('%s -> %s', async (_name, call, code, params) => {
    const { client, fetch, limiter } = fakeClient([[201, {}]]);
    const info = await failure(call(client));
    expect(info).toMatchObject({ kind: 'validation', provider: 'ccai', code, messageKey: `ccai.validation.${code}` });
    expect(info.params).toEqual(params);
    expect(fetch).not.toHaveBeenCalled();
    expect(limiter.acquire).not.toHaveBeenCalled();
    for (const locale of ['en', 'zh_CN'] as const) {
      expect(catalogs[locale][info.messageKey]).toBeTruthy();
      expect(t(info.messageKey, info.params, locale)).not.toMatch(/\{\w+\}/);
    }
  });

  it.each<[string, Call]>([
    ['outbound with a ticket only', out({ end_user_number: undefined, ticket_id: '71450' })],
    ['outbound with E.164 numbers and lang zh', out({ end_user_number: '+8613800138000', outbound_number: '+14155550132', lang: 'zh' })],
    ['inbound with every field', inb({ ticket_id: '76517', lang: 'en', recording_permission: 'recording_permission_granted' })],
    ['inbound with a Korean mobile (seed)', inb({ end_user_number: '+82-10-6861-2345' })],
    ['scheduled with call_id only', sch({ menu_id: undefined, call_id: 514 })],
    ['scheduled with an offset and no seconds', sch({ scheduled_at: '2030-01-01T08:01+08:00' })],
  ])('lets %s through', async (_name, call) => {
    const { client, fetch } = fakeClient([[201, { id: 1, status: 'queued' }]]);
    await call(client);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('distinct texts for every validation key in both languages', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const texts = Object.entries(catalogs[locale]).filter(([key]) => key.startsWith('ccai.validation.'));
      expect(texts.length).toBe(15);
      expect(new Set(texts.map(([, text]) => text)).size).toBe(texts.length);
    }
  });
});
