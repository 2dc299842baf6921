import { deidentify } from './pii.js';

/** A writer's name as the public sees it: surname and 某 (王小明 → 王某). */
export const maskedName = (name: string) =>
  deidentify(name, [{ type: 'person_name', start: 0, end: name.length, text: name }]);

/**
 * The writer's own name and contacts, wherever they appear in what they wrote, masked before the
 * detector looks for anything else: we know them for certain, the detector only guesses.
 */
export function withoutWriter(text: string, writer: { name: string; phone?: string; email?: string }): string {
  let out = text;
  if (writer.name.length >= 2) out = out.split(writer.name).join(maskedName(writer.name));
  for (const contact of [writer.phone ?? '', writer.email ?? ''])
    if (contact.length >= 5) out = out.split(contact).join('××');
  return out;
}
