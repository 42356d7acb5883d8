import { List } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../../../shared/display';

/** The cases opened most recently on this computer. */
export function RecentTab() {
  const { data } = useApi('recent.cases', { limit: 50 });
  return (
    <List
      size="small"
      loading={!data}
      dataSource={data ?? []}
      locale={{ emptyText: '还没有打开过案例' }}
      renderItem={(r) => (
        <List.Item extra={formatDateTime(r.openedAt)}>
          <Link to={`/case/${r.id}`}>{r.title}</Link>
        </List.Item>
      )}
    />
  );
}
