import { Alert, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { fieldLabel } from '../case/caseFields';

/** Every highlight of every case, newest first; each jumps back to its passage. */
export function HighlightsTab() {
  const { data, error } = useApi('highlights.list', {});
  const [filter, setFilter] = useState('');
  if (error) return <Alert type="error" message={error.message} />;
  const f = filter.trim();
  const shown = (data ?? []).filter(
    (h) => !f || [h.quote, h.comment, h.caseTitle].some((s) => s.includes(f)),
  );
  return (
    <>
      <Input.Search
        allowClear
        aria-label="筛选标注"
        placeholder="在标注文字、说明和案例标题中筛选"
        style={{ maxWidth: 420, marginBottom: 12 }}
        onChange={(e) => setFilter(e.target.value)}
      />
      <List
        loading={!data}
        dataSource={shown}
        locale={{ emptyText: '还没有标注。打开案例，选中一段文字即可标注。' }}
        renderItem={(h) => (
          <List.Item className="mine-highlight">
            <List.Item.Meta
              title={
                <Link to={`/case/${h.caseId}?hl=${h.id}`} className="mine-highlight-link">
                  {h.caseTitle}
                </Link>
              }
              description={
                <>
                  <Tag>{fieldLabel(h.field)}</Tag>
                  <mark className={`hl-user hl-${h.color}`}>{h.quote}</mark>
                  {h.comment && (
                    <Typography.Paragraph style={{ margin: '4px 0 0' }}>{h.comment}</Typography.Paragraph>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
