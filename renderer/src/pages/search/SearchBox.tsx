import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { forwardRef, useEffect, useState } from 'react';
import type { Suggestion } from '../../../../core/contract/search';
import { api } from '../../api/client';

const KIND_LABELS: Record<Suggestion['kind'], string> = {
  term: '词语',
  statute: '法条',
  agency: '机关',
  title: '案例',
};

/**
 * The one search box: results update as the user types; suggestions (terms, statutes,
 * agencies, case titles) drop down below. ↑ ↓ move in the suggestions while they are open,
 * Esc closes them, and ↓ with them closed moves into the results.
 */
export const SearchBox = forwardRef<
  InputRef,
  {
    value: string;
    /** The text suggestions are asked for: the value outside an IME composition. */
    settled: string;
    onChange: (q: string) => void;
    onCompositionStart: () => void;
    onCompositionEnd: (value: string) => void;
    onOpenCase: (caseId: string) => void;
    onEnter: () => void;
    onArrowDown: () => void;
  }
>(function SearchBox(
  { value, settled, onChange, onCompositionStart, onCompositionEnd, onOpenCase, onEnter, onArrowDown },
  ref,
) {
  // Suggestions remember the text they answer, so a late answer for older text is never shown.
  const [suggestions, setSuggestions] = useState<{ for: string; list: Suggestion[] }>({ for: '', list: [] });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [cursor, setCursor] = useState<{ index: number; for: string }>({ index: -1, for: '' });

  useEffect(() => {
    if (!settled.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('search.suggest', { q: settled, limit: 8 })
        .then((r) => live && setSuggestions({ for: settled, list: r.suggestions }))
        .catch(() => live && setSuggestions({ for: settled, list: [] }));
    }, 100);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settled]);

  const shown = value.trim() && suggestions.for === value && dismissed !== value ? suggestions.list : [];
  const open = focused && shown.length > 0;
  const index = cursor.for === value ? cursor.index : -1;

  const pick = (s: Suggestion) => {
    setDismissed(s.text);
    if (s.kind === 'title' && s.caseId) onOpenCase(s.caseId);
    else onChange(s.text);
  };

  return (
    <div className="search-box">
      <Input
        ref={ref}
        id="search-box"
        size="large"
        allowClear
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls="search-suggestions"
        aria-autocomplete="list"
        prefix={<SearchOutlined />}
        placeholder="输入关键词、案号、法条或行政机关，如：听证、（2017）最高法行再101号、行政处罚法第四十二条（Ctrl+K）"
        aria-label="检索"
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => onChange(e.target.value)}
        onCompositionStart={onCompositionStart}
        onCompositionEnd={(e) => onCompositionEnd(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Keys that pick or confirm a candidate in an IME belong to the IME.
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Escape') {
            setDismissed(value);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (open && index < shown.length - 1) setCursor({ index: index + 1, for: value });
            else onArrowDown();
          } else if (e.key === 'ArrowUp' && open) {
            e.preventDefault();
            setCursor({ index: Math.max(-1, index - 1), for: value });
          } else if (e.key === 'Enter') {
            const s = open ? shown[index] : undefined;
            if (s) pick(s);
            else {
              setDismissed(value);
              onEnter();
            }
          }
        }}
      />
      {open && (
        <ul className="search-suggestions" id="search-suggestions" role="listbox" aria-label="检索提示">
          {shown.map((s, i) => (
            <li
              key={`${s.kind}-${s.text}-${s.caseId ?? ''}`}
              role="option"
              aria-selected={i === index}
              className={`suggestion${i === index ? ' suggestion-active' : ''}`}
              // mousedown, not click: the box must keep focus until the pick is made.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              <span className="suggestion-kind">{KIND_LABELS[s.kind]}</span>
              <span className="suggestion-text">{s.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
