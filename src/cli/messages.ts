// The command line's usage errors; what it says is in the one message table (src/i18n/messages.ts).
import { msg, type MessageKey } from '../i18n/messages.js';

export { isMessageKey, msg, type MessageKey } from '../i18n/messages.js';

/** An error in how reportlint was called: printed in the chosen language, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Record<string, string | number> = {},
  ) {
    super(msg('en', key, data));
    this.name = 'UsageError';
  }
}
