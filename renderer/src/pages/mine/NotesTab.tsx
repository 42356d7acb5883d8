import { Alert, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { Markdown } from '../../components/Markdown';
import { formatDateTime } from '../../../../shared/display';

/** Every note, most recently changed first, rendered through the sanitizer. */
export function NotesTab() {
  const { data, error } = useApi('notes.list', {});
  if (error) return <Alert type="error" message={error.message} />;
  return (
    <List
      loading={!data}
      dataSource={data ?? []}
      locale={{ emptyText: '还没有笔记' }}
      renderItem={(n) => (
        <List.Item className="mine-note">
          <List.Item.Meta
            title={
              <Link to={`/case/${n.caseId}?section=note`} className="mine-note-link">
                {n.caseTitle}
              </Link>
            }
            description={
              <>
                <Markdown source={n.body} className="note-body" />
                <Typography.Text type="secondary">更新于 {formatDateTime(n.updatedAt)}</Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
