import { Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseRecord } from '../../../../shared/case';
import { citationStatus } from '../../../../shared/search/statutes';
import { useApi } from '../../api/useApi';

/** The URL of the page listing every case that cites a provision. */
export const provisionPath = (p: { law: string; article: number }): string =>
  `/provisions/${encodeURIComponent(`${p.law}第${p.article}条`)}`;

/**
 * 相关法条: each normalized provision, linking to every case in the library that cites it, and
 * for the laws the correspondence table knows, whether the cited text is in force and which
 * article carries the rule today (原第四十二条，现行第六十三条、第六十四条).
 */
export function ProvisionSection({ provisions }: { provisions: CaseRecord['provisions'] }) {
  const { data: usage } = useApi('provisions.list', {});
  const count = (p: { law: string; article: number }) =>
    usage?.find((u) => u.law === p.law && u.article === p.article)?.count;
  return (
    <section className="case-section" id="sec-provisions">
      <h2>相关法条</h2>
      {provisions.length === 0 ? (
        <Typography.Text type="secondary">本案未列出法条。</Typography.Text>
      ) : (
        <ul className="provision-list">
          {provisions.map((p) => {
            const n = count(p);
            const status = citationStatus(p.law, p.article, { version: p.version });
            return (
              <li key={`${p.law}-${p.article}`}>
                <Link to={provisionPath(p)} className="provision-link">
                  《{p.law}》第{p.article}条
                </Link>
                {p.clause}
                {p.version && `（${p.version}）`}
                {n !== undefined && (
                  <Typography.Text type="secondary" className="provision-count">
                    {' '}
                    · 本库 {n} 件案例引用
                  </Typography.Text>
                )}
                {p.note && <Typography.Text type="secondary">（{p.note}）</Typography.Text>}
                {status && (
                  <div className={`provision-status${status.inForce ? '' : ' provision-status-old'}`}>
                    {status.inForce
                      ? '所引条文现行有效'
                      : `所引为${status.numberingLabel}（已修订）：${status.note}`}
                    {status.currentArticles.map((a) => (
                      <Link
                        key={a}
                        to={provisionPath({ law: p.law, article: a })}
                        className="provision-current"
                      >
                        {' '}
                        查看现行第{a}条
                      </Link>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
