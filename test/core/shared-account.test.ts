/**
 * The estimate of what other clients of the account use (src/core/shared-account.ts), and the send
 * gate's count over a stretch of time that feeds it.
 */
import { describe, expect, it } from 'vitest';
import { SendGate } from '../../src/core/send-gate.js';
import { SharedAccount } from '../../src/core/shared-account.js';

describe('shared account', () => {
  it('says nothing before four answers, then the smallest of the last four', () => {
    const account = new SharedAccount();
    account.sample(20, 12);
    account.sample(20, 11);
    account.sample(19, 11);
    expect(account.others).toBe(0);
    account.sample(20, 12);
    expect(account.others).toBe(8);
    // One odd answer (a burst of ours the over-count missed, a stale header) moves nothing…
    account.sample(20, 2);
    expect(account.others).toBe(8);
    // …and the others stopping shows at once: the smallest estimate wins.
    account.sample(12, 12);
    expect(account.others).toBe(0);
  });

  it('never counts below zero (our own over-count is larger than what the server saw)', () => {
    const account = new SharedAccount();
    for (let i = 0; i < 4; i++) account.sample(10, 14);
    expect(account.others).toBe(0);
  });

  it('ignores answers without numbers', () => {
    const account = new SharedAccount();
    for (let i = 0; i < 4; i++) account.sample(Number.NaN, 3);
    expect(account.others).toBe(0);
  });
});

describe('send gate: sends over a stretch of time', () => {
  it('counts the sends after `from` and up to `to`', async () => {
    const gate = new SendGate(0, 100);
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await gate.acquire();
    const now = Date.now();
    expect(gate.sentBetween(t0 - 1, now)).toBe(5);
    expect(gate.sentBetween(now, now + 1000)).toBe(0);
    expect(gate.sentWithin(60_000)).toBe(5);
  });
});
