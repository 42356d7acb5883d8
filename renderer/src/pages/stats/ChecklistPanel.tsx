import { Alert, App, Button, Empty, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { StatsScope } from '../../../../core/contract/stats';
import type { Category } from '../../../../shared/taxonomy';
import { api, ApiError } from '../../api/client';
import { useTaxonomy } from '../../api/taxonomy';
import { useApi } from '../../api/useApi';
import { chooseExportPath, showExportDone } from '../../components/export/exportResult';

interface Props {
  scope: StatsScope;
  /** Categories that have cases in the scope, most cases first. */
  categories: { key: string; count: number }[];
}

/** 败诉风险自查清单: one page per category, each check linked to the cases it was learnt from. */
export function ChecklistPanel({ scope, categories }: Props) {
  const app = App.useApp();
  const taxonomy = useTaxonomy();
  const [chosen, setChosen] = useState<Category | undefined>();
  const category = chosen ?? (categories[0]?.key as Category | undefined);
  const { data, error, loading } = useApi('checklists.build', category ? { ...scope, category } : null);
  const [busy, setBusy] = useState<'docx' | 'pdf'>();

  const exportAs = async (format: 'docx' | 'pdf') => {
    if (!category) return;
    setBusy(format);
    try {
      const path = await chooseExportPath(`${category}败诉风险自查清单`, format);
      if (path === null) return;
      showExportDone(app.modal, await api.call('checklists.export', { ...scope, category, format, path }));
    } catch (e) {
      void app.message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };

  const counts = new Map(categories.map((c) => [c.key, c.count]));
  return (
    <div>
      <Space wrap className="checklist-toolbar no-print" style={{ marginBottom: 12 }}>
        <span>行为类别</span>
        <Select
          aria-label="清单类别"
          style={{ width: 220 }}
          value={category}
          onChange={setChosen}
          options={taxonomy.categories.map((c) => ({
            value: c,
            label: `${c}（${counts.get(c) ?? 0} 件）`,
            disabled: !counts.get(c),
          }))}
        />
        <Button onClick={() => window.print()} disabled={!data}>
          打印
        </Button>
        <Button loading={busy === 'docx'} onClick={() => void exportAs('docx')} disabled={!data}>
          导出 Word
        </Button>
        <Button loading={busy === 'pdf'} onClick={() => void exportAs('pdf')} disabled={!data}>
          导出 PDF
        </Button>
      </Space>
      {error && <Alert type="error" message={error.message} />}
      {!category && <Empty description="统计范围内没有案例" />}
      {loading && !data && <Spin />}
      {data && (
        <article className="checklist-sheet" aria-label="败诉风险自查清单">
          <h1>{data.category}败诉风险自查清单</h1>
          <p className="checklist-intro">
            依据案例库中{data.category}类败诉案例 {data.total}{' '}
            件的裁判理由与启示建议整理。作出行政行为前逐项核对；〔
            〕内数字为所依据的案例，见文末，点击可打开。
          </p>
          {!data.sections.length && <p>该类别暂无已标注败诉原因的案例，无法生成清单。</p>}
          {data.sections.map((s, i) => (
            <section key={s.lossReason}>
              <h2>
                {i + 1}. {s.name}（{s.count} 件）
              </h2>
              <p className="checklist-basis">
                {s.article}
                {s.steps.length > 0 && `；多发环节：${s.steps.map((x) => x.name).join('、')}`}
              </p>
              <ul className="checklist-items">
                {(s.items.length ? s.items : [{ text: `对照${s.article}核对本环节。`, refs: [] }]).map(
                  (item) => (
                    <li key={item.text}>
                      <label>
                        <input type="checkbox" /> {item.text}
                      </label>
                      {item.refs.length > 0 && (
                        <span className="checklist-refs">
                          〔
                          {item.refs.map((n, j) => {
                            const src = data.sources.find((x) => x.n === n);
                            return (
                              <span key={n}>
                                {j > 0 && '、'}
                                <a href={`#/case/${src?.id ?? ''}`} title={src?.title}>
                                  {n}
                                </a>
                              </span>
                            );
                          })}
                          〕
                        </span>
                      )}
                    </li>
                  ),
                )}
              </ul>
            </section>
          ))}
          {data.sources.length > 0 && (
            <section className="checklist-sources">
              <h2>所依据的案例</h2>
              <ol>
                {data.sources.map((src) => (
                  <li key={src.id} value={src.n}>
                    <a href={`#/case/${src.id}`}>
                      〔{src.n}〕{src.title}
                    </a>
                    {src.caseNumber && (
                      <Typography.Text type="secondary">
                        {'\u3000'}
                        {src.caseNumber}
                      </Typography.Text>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </article>
      )}
    </div>
  );
}
