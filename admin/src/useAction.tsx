import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError, describeError } from './api';

// How the fields of a refused document are named to the person who mends them.
const FIELD_LABELS: Record<string, string> = { title: '标题', summary: '内容概述', bodyHtml: '正文' };

/**
 * Runs a back-office action: on success says `done` and reloads the page's data; on failure
 * shows the server's Chinese message. A refusal with reasons (the publication gate's findings, a
 * form's field errors) stays on screen as a list until it is closed, instead of a passing toast.
 * Resolves either way, so callers need no try/catch — to `true` once the action succeeded, so a
 * dialog closes only then and keeps what was typed otherwise.
 */
export function useAction(reload: () => Promise<unknown>) {
  const { message, modal } = App.useApp();
  return useCallback(
    async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await action();
      } catch (e) {
        if (e instanceof ApiError && e.details.length > 0)
          modal.error({
            title: e.message,
            width: 560,
            content: (
              <ul>
                {e.details.map((d, i) => (
                  <li key={i}>{d.field ? `${FIELD_LABELS[d.field] ?? d.field}：${d.message}` : d.message}</li>
                ))}
              </ul>
            ),
          });
        else void message.error(describeError(e));
        return false;
      }
      void message.success(done);
      await reload();
      return true;
    },
    [message, modal, reload],
  );
}
