import { App } from 'antd';
import { useCallback } from 'react';
import { describeError } from './api';

/**
 * Runs a back-office action: on success says `done` and reloads the page's data; on failure
 * shows the server's Chinese message. Resolves either way, so callers need no try/catch — to
 * `true` once the action succeeded, so a dialog closes only then and keeps what was typed otherwise.
 */
export function useAction(reload: () => Promise<unknown>) {
  const { message } = App.useApp();
  return useCallback(
    async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await action();
      } catch (e) {
        void message.error(describeError(e));
        return false;
      }
      void message.success(done);
      await reload();
      return true;
    },
    [message, reload],
  );
}
