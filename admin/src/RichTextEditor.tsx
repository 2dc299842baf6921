import { useEffect, useState, type ReactNode } from 'react';
import { Button, Input, Space, Tooltip } from 'antd';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';

/**
 * The document body editor (Tiptap). It only offers what the server's whitelist keeps (headings
 * from level 2, emphasis, lists, quotes, tables, links), so what the editor shows is what the
 * portal will show; pasted Word or web content is reduced to the same elements. A source view
 * lets an editor paste or correct HTML directly. Used as an antd form control (value/onChange).
 */
export function RichTextEditor({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
}) {
  const [source, setSource] = useState(false);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], autolink: true },
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: value ?? '',
    editorProps: {
      attributes: {
        id: id ?? '',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': '正文',
        class: 'gk-rich-text',
      },
    },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // The form may set a new value (opening another document); follow it without echoing edits back.
  useEffect(() => {
    if (editor && !editor.isFocused && (value ?? '') !== (editor.isEmpty ? '' : editor.getHTML())) {
      editor.commands.setContent(value ?? '', { emitUpdate: false });
    }
  }, [editor, value]);

  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Toolbar editor={editor} source={source} onSource={setSource} />
      {source ? (
        <Input.TextArea
          aria-label="正文 HTML 源码"
          rows={14}
          variant="borderless"
          value={value}
          onChange={(e) => {
            onChange?.(e.target.value);
            editor.commands.setContent(e.target.value, { emitUpdate: false });
          }}
        />
      ) : (
        <EditorContent editor={editor} />
      )}
      <style>{`
        .gk-rich-text { min-height: 260px; padding: 8px 12px; outline: none; line-height: 1.8; }
        .gk-rich-text:focus-visible { box-shadow: inset 0 0 0 2px #1677ff; }
        .gk-rich-text table { border-collapse: collapse; margin: 8px 0; }
        .gk-rich-text th, .gk-rich-text td { border: 1px solid #999; padding: 4px 8px; min-width: 60px; }
        .gk-rich-text blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 12px; color: #555; }
        .gk-rich-text .selectedCell { background: #e6f4ff; }
      `}</style>
    </div>
  );
}

function Toolbar({ editor, source, onSource }: { editor: Editor; source: boolean; onSource: (on: boolean) => void }) {
  // Re-render the toolbar when the selection's formatting changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tool = (label: string, content: ReactNode, run: () => void, active = false, disabled = false) => (
    <Tooltip title={label} key={label}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        aria-label={label}
        aria-pressed={active}
        disabled={source || disabled}
        onClick={run}
      >
        {content}
      </Button>
    </Tooltip>
  );
  const setLink = () => {
    const current = (editor.getAttributes('link') as { href?: string }).href ?? 'https://';
    const href = window.prompt('链接地址（http、https 或 mailto）', current);
    if (href === null) return;
    if (href === '') chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href }).run();
  };
  return (
    <Space wrap size={2} style={{ padding: 4, borderBottom: '1px solid #f0f0f0' }} role="toolbar" aria-label="正文格式">
      {tool('二级标题', 'H2', () => chain().toggleHeading({ level: 2 }).run(), state.h2)}
      {tool('三级标题', 'H3', () => chain().toggleHeading({ level: 3 }).run(), state.h3)}
      {tool('加粗', <b>B</b>, () => chain().toggleBold().run(), state.bold)}
      {tool('斜体', <i>I</i>, () => chain().toggleItalic().run(), state.italic)}
      {tool('下划线', <u>U</u>, () => chain().toggleUnderline().run(), state.underline)}
      {tool('项目符号列表', '• 列表', () => chain().toggleBulletList().run(), state.bullet)}
      {tool('编号列表', '1. 列表', () => chain().toggleOrderedList().run(), state.ordered)}
      {tool('引用', '引用', () => chain().toggleBlockquote().run(), state.quote)}
      {tool('链接', '链接', setLink, state.link)}
      {tool('插入表格', '表格', () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {state.table && tool('在下方插入行', '+行', () => chain().addRowAfter().run())}
      {state.table && tool('在右侧插入列', '+列', () => chain().addColumnAfter().run())}
      {state.table && tool('删除行', '−行', () => chain().deleteRow().run())}
      {state.table && tool('删除列', '−列', () => chain().deleteColumn().run())}
      {state.table && tool('删除表格', '删表', () => chain().deleteTable().run())}
      {tool('清除格式', '清除格式', () => chain().unsetAllMarks().clearNodes().run())}
      {tool('撤销', '撤销', () => chain().undo().run(), false, !state.canUndo)}
      {tool('重做', '重做', () => chain().redo().run(), false, !state.canRedo)}
      <Button size="small" type={source ? 'primary' : 'text'} aria-pressed={source} onClick={() => onSource(!source)}>
        HTML 源码
      </Button>
    </Space>
  );
}
