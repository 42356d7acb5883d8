import { BoldOutlined, LinkOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Markdown as MarkdownExtension } from '@tiptap/markdown';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { CaseLinkDialog } from './CaseLinkDialog';
import './editor.css';

interface Props {
  value: string;
  onChange: (markdown: string) => void;
  /** For screen readers and tests: 评析 / 启示与建议. */
  label: string;
  placeholder?: string;
}

/**
 * A WYSIWYG editor (tiptap/ProseMirror) that reads and writes Markdown, so what is stored stays
 * plain text the library can index, diff and print: headings, bold, lists, quotes and links to
 * other cases by 案号 (#/case/<id>).
 */
export function MarkdownEditor({ value, onChange, label, placeholder }: Props) {
  const lastEmitted = useRef(value);
  const [linking, setLinking] = useState(false);
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: false } }), MarkdownExtension],
    content: value,
    contentType: 'markdown',
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: ({ editor: e }) => {
      const md = e.getMarkdown();
      lastEmitted.current = md;
      onChange(md);
    },
  });
  // A value from outside (restored draft, loaded case) replaces the content; our own echo does not.
  useEffect(() => {
    if (editor && value !== lastEmitted.current) {
      lastEmitted.current = value;
      editor.commands.setContent(value, { contentType: 'markdown', emitUpdate: false });
    }
  }, [editor, value]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
    }),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const tool = (
    key: keyof NonNullable<typeof state>,
    title: string,
    icon: React.ReactNode,
    run: () => void,
  ) => (
    <Tooltip title={title} key={key}>
      <Button size="small" type={state?.[key] ? 'primary' : 'text'} aria-label={title} onClick={run}>
        {icon}
      </Button>
    </Tooltip>
  );
  return (
    <div className="md-editor">
      <Space size={2} className="md-toolbar" wrap>
        {tool('h2', '二级标题', 'H2', () => chain().toggleHeading({ level: 2 }).run())}
        {tool('h3', '三级标题', 'H3', () => chain().toggleHeading({ level: 3 }).run())}
        {tool('bold', '加粗', <BoldOutlined />, () => chain().toggleBold().run())}
        {tool('bullet', '无序列表', <UnorderedListOutlined />, () => chain().toggleBulletList().run())}
        {tool('ordered', '有序列表', <OrderedListOutlined />, () => chain().toggleOrderedList().run())}
        {tool('quote', '引用', '“”', () => chain().toggleBlockquote().run())}
        <Tooltip title="链接到其他案例（按案号）">
          <Button
            size="small"
            type="text"
            aria-label="链接案例"
            icon={<LinkOutlined />}
            onClick={() => setLinking(true)}
          >
            案例
          </Button>
        </Tooltip>
      </Space>
      <EditorContent editor={editor} className="md-content markdown" data-placeholder={placeholder} />
      <CaseLinkDialog
        open={linking}
        onClose={() => setLinking(false)}
        onPick={(c) => {
          setLinking(false);
          const text = c.caseNumber || c.title;
          chain()
            .insertContent({
              type: 'text',
              text,
              marks: [{ type: 'link', attrs: { href: `#/case/${c.id}` } }],
            })
            .insertContent(' ')
            .run();
        }}
      />
    </div>
  );
}
