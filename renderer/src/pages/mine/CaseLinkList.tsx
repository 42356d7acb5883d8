import { Alert, List } from 'antd';
import { Link } from 'react-router';
import type { CaseFilters } from '../../../../db/model/filters';
import { useApi } from '../../api/useApi';
import { OutcomeTag } from '../../components/CaseBadges';

/** The cases matching some filters (starred, a tag), as links to their pages. */
export function CaseLinkList({ filters, empty }: { filters: CaseFilters; empty: string }) {
  const { data, error } = useApi('cases.list', { filters, sort: 'date-desc', limit: 1000 });
  if (error) return <Alert type="error" message={error.message} />;
  return (
    <List
      size="small"
      loading={!data}
      dataSource={data?.items ?? []}
      locale={{ emptyText: empty }}
      renderItem={(c) => (
        <List.Item extra={<OutcomeTag outcome={c.outcome} />}>
          <List.Item.Meta
            title={
              <Link to={`/case/${c.id}`} className="mine-case-link">
                {c.title}
              </Link>
            }
            description={[c.caseNumber, c.category, c.judgmentDate].filter(Boolean).join(' · ')}
          />
        </List.Item>
      )}
    />
  );
}
