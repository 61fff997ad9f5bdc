import { describe, expect, it } from 'vitest';
import { isMessageKey, msg } from '../../src/i18n/messages.js';

describe('the one message table', () => {
  it("holds the command line's and the service's messages, filled by the one filler in either language", () => {
    expect(msg('zh-CN', 'missingValue', { name: '--rule' })).toBe('选项 --rule 缺少取值');
    expect(msg('en', 'E_QUEUE_FULL', { running: 2, queued: 16 })).toBe(
      'The queue is full (2 being checked, 16 waiting); retry later',
    );
    expect(msg('zh-CN', 'listening', { url: 'http://127.0.0.1:8080' })).toBe(
      'reportlint serve：正在监听 http://127.0.0.1:8080',
    );
    expect(isMessageKey('optHost') && isMessageKey('optConfig')).toBe(true);
    expect(isMessageKey('writeEPERM')).toBe(false);
  });

  it('leaves a placeholder the data lacks as written', () => {
    expect(msg('en', 'E_POOL_BROKEN')).toBe('The worker pool is unavailable: {detail}');
  });
});
