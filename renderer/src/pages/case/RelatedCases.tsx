import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';

/** 类案: the five most similar cases and why each was chosen. */
export function RelatedCases({ caseId }: { caseId: string }) {
  const { data, error } = useApi('cases.related', { id: caseId });
  return (
    <section className="case-section no-print" id="sec-related">
      <h2>类案</h2>
      {error ? (
        <Typography.Text type="danger">{error.message}</Typography.Text>
      ) : (
        <List
          size="small"
          loading={!data}
          dataSource={data ?? []}
          locale={{ emptyText: '本库暂无相近案例' }}
          renderItem={(r) => (
            <List.Item className="related-item">
              <List.Item.Meta
                title={
                  <Link to={`/case/${r.id}`} className="related-link">
                    {r.title}
                  </Link>
                }
                description={r.reason}
              />
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
