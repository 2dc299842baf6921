import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts the reasons the server gave beside the fields they are about (`relatedSites.0.url` is the
 * first row's address), so an error is read where it is mended, not only in a passing message.
 */
export function showFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  form.setFields(
    error.details
      .filter((d) => d.field)
      .map((d) => ({
        name: d.field!.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        errors: [d.message],
      })),
  );
}
