import { App } from 'antd';
import { useCallback } from 'react';
import { describeError } from './api';

/**
 * Runs a back-office action: on success says `done` and reloads the page's data; on failure
 * shows the server's Chinese message. Resolves either way, so callers need no try/catch.
 */
export function useAction(reload: () => Promise<unknown>) {
  const { message } = App.useApp();
  return useCallback(
    async (action: () => Promise<unknown>, done: string) => {
      try {
        await action();
        void message.success(done);
        await reload();
      } catch (e) {
        void message.error(describeError(e));
      }
    },
    [message, reload],
  );
}
