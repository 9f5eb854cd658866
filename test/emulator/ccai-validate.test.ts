// CCAI Platform POST /calls: every validation message of the seed, exactly, with status 400
// and no call created.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { admin, ccai, inbound, outbound, scheduledBody } from './helpers';
import { createEmulator, type Emulator } from './server';

let emu: Emulator;
const START = Date.now();
beforeAll(async () => {
  emu = await createEmulator({ clock: { manual: true, start: START }, limits: { ccai: 1000 } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', '/reset'));

const scheduled = () => scheduledBody(START);

describe('POST /calls validation (the seed\'s messages, status 400, no call created)', () => {
  it.each([
    ['Invalid call type', { ...outbound, call_type: 'InvalidCallType' }],
    ['Invalid call type', { ...outbound, call_type: undefined }],
    ['Agent email required', { ...outbound, agent_email: undefined }],
    ['Not a valid agent email', { ...outbound, agent_email: 'allen@somedomain.com' }],
    ['Agent does not have access to make calls', { ...outbound, agent_email: 'nocalls@example.com' }],
    ['Agent is not available to take this call', { ...outbound, agent_email: 'away@example.com' }],
    ['ticket_id or end_user_number required', { ...outbound, end_user_number: undefined }],
    ['end_user_number is not well-formed', { ...outbound, end_user_number: '123123' }],
    ['Contact not found', { ...outbound, end_user_number: undefined, ticket_id: 1 }],
    ["Language 'xy' is not found", { ...outbound, lang: 'xy' }],
    ["Language 'fr' is not available", { ...inbound, lang: 'fr' }],
    ["Language 'xy' is not found", { ...scheduled(), lang: 'xy' }],
    ['menu_id is required', { ...inbound, menu_id: undefined }],
    ['menu_id is not well formed', { ...inbound, menu_id: 'menu_999' }],
    ['menu_id 9999 is not found', { ...inbound, menu_id: 9999 }],
    ['Only IVR and mobile menu IDs are permitted', { ...inbound, menu_id: 50 }],
    ['Only IVR and mobile menu IDs are permitted', { ...inbound, menu_id: 11 }],
    ["Menu is in 'manual redirection' state, can't accept calls", { ...inbound, menu_id: 12 }],
    ["Menu is in 'after hours' state, can't accept incoming calls", { ...inbound, menu_id: 13 }],
    ['end_user_number is not well formed', { ...inbound, end_user_number: '+1 999-657-12' }],
    ['end_user_number is required', { ...inbound, end_user_number: undefined }],
    ['menu_id is required', { ...scheduled(), menu_id: undefined }],
    ['menu_id is not well formed', { ...scheduled(), menu_id: 'menu_999' }],
    ['menu_id 9999 is not found', { ...scheduled(), menu_id: 9999 }],
    ['Only mobile and web menu IDs are permitted', { ...scheduled(), menu_id: 50 }],
    ["Menu is in 'manual redirection' state, can't accept calls", { ...scheduled(), menu_id: 12 }],
    ["Menu is in 'after hours' state, can't accept incoming calls", { ...scheduled(), menu_id: 13 }],
    ["Language 'fr' is not available", { ...scheduled(), lang: 'fr' }],
    ['end_user_number is not well formed', { ...scheduled(), end_user_number: '+1 999-657-12' }],
    ['end_user_number is required', { ...scheduled(), end_user_number: undefined }],
    ['scheduled_at is required', { ...scheduled(), scheduled_at: undefined }],
  ])('"%s"', async (message, body) => {
    const res = await ccai(emu, 'POST', '/calls', body);
    expect([res.status, res.json]).toEqual([400, { message }]);
    expect((await admin(emu, 'GET', '/calls')).ccai).toEqual([]);
  });
});
