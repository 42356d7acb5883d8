import { Alert, Button, Flex, InputNumber, Select, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CaseSummary } from '../../../../shared/case';
import type { CaseFilters, CaseSort } from '../../../../db/model/filters';
import { useApi } from '../../api/useApi';
import { useTaxonomy } from '../../api/taxonomy';
import { DraftBadge, LossReasonTags, OutcomeTag } from '../../components/CaseBadges';
import { describeDrill, filtersFromSearch } from '../stats/drill';
import { ExportListButton } from '../../components/ExportListButton';
import { orMissing } from '../../../../shared/display';

const PAGE_SIZE = 20;

/** 案例库: every case, narrowed by category, outcome, loss reason and year. */
export function CaseListPage() {
  const taxonomy = useTaxonomy();
  const navigate = useNavigate();
  const location = useLocation();
  // 统计分析 opens this list with the filters behind a number or a bar in the URL (?filters=…).
  const linked = filtersFromSearch(location.search);
  const [filters, setFilters] = useState<CaseFilters>(() => linked ?? {});
  const [sort, setSort] = useState<CaseSort>('date-desc');
  const [page, setPage] = useState(1);
  // Another click in 统计分析 (or back/forward) changes the URL while the list stays mounted.
  const [shownSearch, setShownSearch] = useState(location.search);
  if (shownSearch !== location.search) {
    setShownSearch(location.search);
    setFilters(linked ?? {});
    setPage(1);
  }
  const { data, error, loading } = useApi('cases.list', {
    filters,
    sort,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const update = (patch: Partial<CaseFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <div>
      <Typography.Title level={3}>案例库</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          placeholder="案件类别"
          aria-label="案件类别"
          style={{ minWidth: 180 }}
          value={filters.categories ?? []}
          options={taxonomy.categories.map((c) => ({ value: c, label: c }))}
          onChange={(categories: CaseFilters['categories']) => update({ categories })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="裁判结果"
          aria-label="裁判结果"
          style={{ minWidth: 160 }}
          value={filters.outcomes ?? []}
          options={taxonomy.outcomes.map((c) => ({ value: c, label: c }))}
          onChange={(outcomes: CaseFilters['outcomes']) => update({ outcomes })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="败诉原因"
          aria-label="败诉原因"
          style={{ minWidth: 200 }}
          value={filters.lossReasons ?? []}
          options={taxonomy.lossReasons.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(lossReasons: CaseFilters['lossReasons']) => update({ lossReasons })}
        />
        <InputNumber
          placeholder="起始年份"
          aria-label="起始年份"
          min={1990}
          max={2100}
          value={filters.yearFrom ?? null}
          onChange={(v) => update({ yearFrom: v ?? undefined })}
        />
        <InputNumber
          placeholder="截止年份"
          aria-label="截止年份"
          min={1990}
          max={2100}
          value={filters.yearTo ?? null}
          onChange={(v) => update({ yearTo: v ?? undefined })}
        />
        <Select
          value={sort}
          aria-label="排序"
          // Wide enough for 裁判日期：新→旧 in full at every reading size.
          style={{ minWidth: 176 }}
          popupMatchSelectWidth={false}
          onChange={setSort}
          options={[
            { value: 'date-desc', label: '裁判日期：新→旧' },
            { value: 'date-asc', label: '裁判日期：旧→新' },
            { value: 'title', label: '按标题' },
            { value: 'updated-desc', label: '最近修改' },
          ]}
        />
        <label>
          <Switch
            size="small"
            aria-label="隐藏草稿"
            checked={filters.statuses?.[0] === 'reviewed'}
            onChange={(hide) => update({ statuses: hide ? ['reviewed'] : undefined })}
          />{' '}
          隐藏草稿
        </label>
        <ExportListButton filters={filters} sort={sort} />
      </Flex>
      {linked && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          message={`已按统计分析中所点的条件筛选${data ? `，共 ${data.total} 件` : ''}`}
          description={describeDrill(linked, taxonomy)}
          action={
            <Button size="small" onClick={() => void navigate('/library')}>
              清除条件
            </Button>
          }
        />
      )}
      {error && <Alert type="error" message={error.message} style={{ marginBottom: 12 }} />}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items}
        onRow={(record) => ({
          onClick: () => void navigate(`/case/${record.id}`),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 件`,
          onChange: setPage,
        }}
        columns={[
          {
            title: '案例',
            dataIndex: 'title',
            render: (title: string, record) => (
              <>
                <a href={`#/case/${record.id}`} className="case-link">
                  {title}
                </a>
                <DraftBadge status={record.status} />
              </>
            ),
          },
          { title: '案号', dataIndex: 'caseNumber', width: 200, render: (n: string) => orMissing(n) },
          { title: '法院', dataIndex: 'court', width: 200 },
          {
            title: '裁判日期',
            dataIndex: 'judgmentDate',
            width: 110,
            render: (d: string | null) => orMissing(d),
          },
          { title: '类别', dataIndex: 'category', width: 110 },
          {
            title: '结果',
            dataIndex: 'outcome',
            width: 110,
            render: (o: string) => <OutcomeTag outcome={o} />,
          },
          {
            title: '败诉原因',
            dataIndex: 'lossReasons',
            width: 220,
            render: (codes: string[]) => <LossReasonTags codes={codes} />,
          },
        ]}
      />
    </div>
  );
}
