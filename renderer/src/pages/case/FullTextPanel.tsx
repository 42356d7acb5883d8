import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldView } from './caseFields';
import { FieldText } from './FieldText';
import { findTyped } from '../../../../shared/search/highlight';
import type { TextMark } from './textMarks';

const MAX_MATCHES = 2000;

interface Props {
  view: FieldView;
  /** Highlights and search terms of this section. */
  marks: TextMark[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** 裁判文书原文: collapsed by default, with find-in-text that marks every match and steps through them. */
export function FullTextPanel({ view, marks, open, onOpenChange }: Props) {
  const [find, setFind] = useState('');
  const [current, setCurrent] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Capped so that a one-character search in a long judgment stays quick to mark.
  const matches = useMemo(
    () => (find.trim() ? findTyped(view.text, find).slice(0, MAX_MATCHES) : []),
    [view.text, find],
  );
  const allMarks = useMemo<TextMark[]>(
    () => [
      ...marks,
      ...matches.map(([start, end], i) => ({
        start,
        end,
        className: i === current ? 'hl-find hl-find-current' : 'hl-find',
        attrs: { 'data-find-index': String(i) },
      })),
    ],
    [marks, matches, current],
  );

  useEffect(() => {
    if (!matches.length) return;
    bodyRef.current
      ?.querySelector(`mark[data-find-index="${current}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [current, matches]);

  // Ctrl+F on a case with 原文 finds in the text (captured before the app-wide Ctrl+F → 检索).
  const findRef = useRef<InputRef>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        e.stopPropagation();
        onOpenChange(true);
        findRef.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [onOpenChange]);

  const step = (delta: number) => {
    if (!matches.length) return;
    onOpenChange(true);
    setCurrent((i) => (i + delta + matches.length) % matches.length);
  };

  const findBar = (
    <Space className="find-bar no-print" wrap>
      <Input
        allowClear
        size="small"
        ref={findRef}
        placeholder="在原文中查找（Ctrl+F）"
        aria-label="在原文中查找"
        value={find}
        style={{ width: 200 }}
        onChange={(e) => {
          setFind(e.target.value);
          setCurrent(0);
          if (e.target.value) onOpenChange(true);
        }}
        onPressEnter={(e) => step(e.shiftKey ? -1 : 1)}
      />
      <Typography.Text type="secondary" className="find-count" aria-live="polite">
        {find.trim()
          ? matches.length
            ? `${current + 1} / ${matches.length}${matches.length === MAX_MATCHES ? '+' : ''}`
            : '无匹配'
          : ''}
      </Typography.Text>
      <Button
        size="small"
        icon={<UpOutlined />}
        aria-label="上一处"
        disabled={!matches.length}
        onClick={() => step(-1)}
      />
      <Button
        size="small"
        icon={<DownOutlined />}
        aria-label="下一处"
        disabled={!matches.length}
        onClick={() => step(1)}
      />
    </Space>
  );

  return (
    <section className="case-section" id="sec-fullText">
      <div className={open ? 'full-text-head open' : 'full-text-head'}>
        <h2>裁判文书原文</h2>
        <Button
          size="small"
          className="no-print"
          aria-expanded={open}
          aria-controls="full-text-body"
          icon={open ? <UpOutlined /> : <DownOutlined />}
          onClick={() => onOpenChange(!open)}
        >
          {open ? '收起原文' : '展开原文'}
        </Button>
        {findBar}
      </div>
      <div id="full-text-body" ref={bodyRef} hidden={!open}>
        <FieldText view={view} marks={allMarks} className="full-text" />
      </div>
    </section>
  );
}
