import { diffChars } from 'diff';
import { Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { FieldText } from './caseText';

interface Row {
  key: string;
  label: string;
  left: React.ReactNode;
  right: React.ReactNode;
  changed: boolean;
}

/** Character diff (Chinese has no word spaces): removed text marked on the left, added on the right. */
function sides(a: string, b: string): { left: React.ReactNode; right: React.ReactNode } {
  const parts = diffChars(a, b);
  return {
    left: parts
      .filter((p) => !p.added)
      .map((p, i) => (p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>)),
    right: parts
      .filter((p) => !p.removed)
      .map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>)),
  };
}

export function SideBySideDiff({
  left,
  right,
  leftTitle,
  rightTitle,
}: {
  left: FieldText[];
  right: FieldText[];
  leftTitle: string;
  rightTitle: string;
}) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = useMemo(
    () =>
      left.map((l, i): Row => {
        const r = right[i]?.text ?? '';
        const changed = (l.raw ?? l.text) !== (right[i]?.raw ?? r);
        // Long texts that did not change are not diffed, only shown.
        const shown = l.text !== r ? sides(l.text, r) : { left: l.text, right: r };
        const label = changed && l.text === r ? `${l.label}（仅格式改动）` : l.label;
        return { key: l.key, label, changed, ...shown };
      }),
    [left, right],
  );
  const visible = onlyChanged ? rows.filter((r) => r.changed) : rows;
  return (
    <div className="history-diff">
      <Typography.Text>
        <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label="只看改动的字段" />{' '}
        只看改动的字段（
        {rows.filter((r) => r.changed).length} 处）
      </Typography.Text>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        // Both versions in columns of equal width, so the same passage sits side by side.
        tableLayout="fixed"
        dataSource={visible}
        locale={{ emptyText: '两个版本内容相同' }}
        columns={[
          { title: '字段', dataIndex: 'label', width: 110 },
          {
            title: leftTitle,
            dataIndex: 'left',
            width: '45%',
            render: (n: React.ReactNode) => <div className="diff-cell">{n}</div>,
          },
          {
            title: rightTitle,
            dataIndex: 'right',
            width: '45%',
            render: (n: React.ReactNode) => <div className="diff-cell">{n}</div>,
          },
        ]}
      />
    </div>
  );
}
