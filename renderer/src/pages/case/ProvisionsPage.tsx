import { Alert, Input, List, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { correspondingArticles, statuteLaw } from '../../../../shared/search/statutes';
import { useApi } from '../../api/useApi';
import './casePage.css';
import { provisionPath } from './ProvisionSection';

/** 法条: `/provisions` lists every cited provision; `/provisions/<any written form>` its cases. */
export function ProvisionsPage() {
  const provision = safeDecode(useParams()['*'] ?? '');
  return provision ? <ProvisionCases provision={provision} /> : <ProvisionIndex />;
}

/** The router may hand the splat over still encoded or already decoded; a stray % must not throw. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function ProvisionLookup() {
  const navigate = useNavigate();
  return (
    <Input.Search
      allowClear
      aria-label="查法条"
      placeholder="输入法条，如：行政处罚法第四十四条"
      enterButton="查看引用案例"
      style={{ maxWidth: 480 }}
      onSearch={(v) => {
        if (v.trim()) void navigate(`/provisions/${encodeURIComponent(v.trim())}`);
      }}
    />
  );
}

function ProvisionIndex() {
  const { data, error } = useApi('provisions.list', {});
  return (
    <div className="provisions-page">
      <Typography.Title level={3}>法条索引</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <ProvisionLookup />
        {error && <Alert type="error" message={error.message} />}
        <Table
          size="small"
          rowKey="label"
          loading={!data && !error}
          dataSource={data ?? []}
          pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条法条` }}
          columns={[
            {
              title: '法条',
              dataIndex: 'label',
              render: (label: string, p) => <Link to={provisionPath(p)}>{label}</Link>,
            },
            { title: '引用案例数', dataIndex: 'count', width: 140, align: 'right' },
          ]}
        />
      </Space>
    </div>
  );
}

function ProvisionCases({ provision }: { provision: string }) {
  const { data, error } = useApi('provisions.cases', { provision });
  return (
    <div className="provisions-page">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Link to="/provisions">← 法条索引</Link>
        {error ? (
          <Alert type="error" message={error.message} />
        ) : !data ? (
          <Skeleton active />
        ) : (
          <>
            <Typography.Title level={3} className="provision-title">
              {data.label}
            </Typography.Title>
            <Typography.Text className="provision-total">本库共 {data.total} 件案例引用此条</Typography.Text>
            <Correspondence law={data.law} article={data.article} />
            <Space size={[4, 4]} wrap>
              {data.byCategory.map((b) => (
                <Tag key={b.category}>
                  {b.category} {b.count}
                </Tag>
              ))}
            </Space>
            <List
              bordered
              dataSource={data.cases}
              locale={{ emptyText: '本库没有引用此条的案例' }}
              renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Link to={`/case/${c.id}`} className="citing-case">
                        {c.title}
                      </Link>
                    }
                    description={[c.caseNumber, c.judgmentDate].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
            />
          </>
        )}
        <ProvisionLookup />
      </Space>
    </div>
  );
}

/**
 * The same rule under the law's other numberings (data/statutes/correspondence.json): an
 * officer who knows the 2021 numbering finds the 1996 article the library's cases cite.
 */
function Correspondence({ law, article }: { law: string; article: number }) {
  const table = statuteLaw(law);
  if (!table) return null;
  const others = correspondingArticles(law, article);
  const label = (id: string) => table.numberings.find((n) => n.id === id)?.label ?? id;
  return (
    <Alert
      type="info"
      showIcon
      className="provision-correspondence"
      message={
        others.length ? (
          <Space direction="vertical" size={2}>
            {others.map((o) => (
              <span key={`${o.numbering}-${o.article}`}>
                {o.relation === 'earlier' ? '原' : '现行'}（{label(o.numbering)}）：
                <Link to={provisionPath({ law, article: o.article })}>
                  《{law}》第{o.article}条
                </Link>
                ——{o.subject}
              </span>
            ))}
          </Space>
        ) : (
          `《${law}》现行文本为${label(table.current)}；本条在条文对照表中没有对应的新旧条文。`
        )
      }
      description={`对照来源：${table.source}`}
    />
  );
}
