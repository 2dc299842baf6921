import { Button } from 'antd';
import { useRef } from 'react';

/**
 * A file chooser that speaks Chinese: the browser's own <input type="file"> shows its button and
 * "no file chosen" in the browser's language, so it is hidden behind a button of ours.
 */
export function FileButton({
  label,
  accept,
  chosen,
  onFile,
}: {
  /** What the button says and what the hidden input is called for assistive technology. */
  label: string;
  accept: string;
  /** The name of the file already chosen, if the page keeps one before sending it. */
  chosen?: string | null;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()}>{chosen ? `已选择：${chosen}（点击更换）` : label}</Button>
    </>
  );
}
