import { describe, expect, it } from 'vitest';
import { CCAI_CALL_STATUSES } from '../../../lib/ccai/types';
import { CCAI_FAIL_REASON, CCAI_STATUS, TCCC_END_STATUS, TCCC_SESSION_STATUS, type Mapped } from '../../../lib/calls/status';
import { catalogs } from '../../../lib/i18n';
import { END_STATUS } from '../../../lib/tccc/cdr-types';

const all: Mapped[] = [TCCC_SESSION_STATUS, TCCC_END_STATUS, CCAI_STATUS, CCAI_FAIL_REASON].flatMap((table) => Object.values(table));

describe('status tables', () => {
  it('map every documented TCCC EndStatusString and CCAI status', () => {
    expect(Object.keys(TCCC_END_STATUS).sort()).toEqual(Object.values(END_STATUS).sort());
    expect(Object.keys(CCAI_STATUS).sort()).toEqual([...CCAI_CALL_STATUSES].sort());
    expect(Object.keys(TCCC_SESSION_STATUS).sort()).toEqual(['finished', 'inProgress', 'ringing', 'seatJoining']);
  });

  it.each<[string, Record<string, Mapped>, string, Mapped]>([
    ['TCCC session', TCCC_SESSION_STATUS, 'ringing', { state: 'ringingAgent' }],
    ['TCCC session', TCCC_SESSION_STATUS, 'seatJoining', { state: 'ringingCustomer' }],
    ['TCCC session', TCCC_SESSION_STATUS, 'inProgress', { state: 'connected' }],
    ['TCCC end', TCCC_END_STATUS, 'ok', { state: 'ended', endReason: 'completed' }],
    ['TCCC end', TCCC_END_STATUS, 'notAnswer', { state: 'ended', endReason: 'noAnswer' }],
    ['TCCC end', TCCC_END_STATUS, 'userReject', { state: 'ended', endReason: 'rejected' }],
    ['TCCC end', TCCC_END_STATUS, 'busy', { state: 'ended', endReason: 'busy' }],
    ['TCCC end', TCCC_END_STATUS, 'callerCancel', { state: 'ended', endReason: 'cancelled' }],
    ['TCCC end', TCCC_END_STATUS, 'powerOff', { state: 'ended', endReason: 'noAnswer', detail: 'poweredOff' }],
    ['TCCC end', TCCC_END_STATUS, 'numberNotExist', { state: 'ended', endReason: 'failed', detail: 'numberInvalid' }],
    ['TCCC end', TCCC_END_STATUS, 'clientError', { state: 'ended', endReason: 'failed', detail: 'agentDevice' }],
    ['CCAI status', CCAI_STATUS, 'assigned', { state: 'ringingAgent' }],
    ['CCAI status', CCAI_STATUS, 'connecting', { state: 'ringingCustomer' }],
    ['CCAI status', CCAI_STATUS, 'connected', { state: 'connected' }],
    ['CCAI status', CCAI_STATUS, 'finished', { state: 'ended', endReason: 'completed' }],
    ['CCAI fail', CCAI_FAIL_REASON, 'eu_busy', { state: 'ended', endReason: 'busy' }],
    ['CCAI fail', CCAI_FAIL_REASON, 'eu_rejected', { state: 'ended', endReason: 'rejected' }],
    ['CCAI fail', CCAI_FAIL_REASON, 'expired', { state: 'ended', endReason: 'noAnswer', detail: 'timeout' }],
    ['CCAI fail', CCAI_FAIL_REASON, 'eu_wrong_number', { state: 'ended', endReason: 'failed', detail: 'numberInvalid' }],
  ])('%s %s', (_table, table, value, mapped) => {
    expect(table[value]).toEqual(mapped);
  });

  it('never ends a call without a reason, and every detail has a text in both languages', () => {
    for (const mapped of [...Object.values(TCCC_END_STATUS), ...Object.values(CCAI_FAIL_REASON)]) {
      expect(mapped.endReason).toBeDefined();
    }
    for (const { detail } of all.filter((mapped) => mapped.detail)) {
      expect(catalogs.en[`ui.endDetail.${detail}`]).toBeTruthy();
      expect(catalogs.zh_CN[`ui.endDetail.${detail}`]).toBeTruthy();
    }
  });
});
